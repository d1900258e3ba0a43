using WearableAI.Firmware.Hardware;

namespace WearableAI.Firmware.Clr.Run
{
    /// <summary>Two model slots in RAM; the active one starts with the given blob.</summary>
    public sealed class ArrayModelStore : IModelStore
    {
        private byte[] _active;
        private byte[] _staging;

        /// <summary>Creates the store with <paramref name="blob"/> active (copied into a slot of <paramref name="slotBytes"/>).</summary>
        /// <param name="blob">The model blob.</param>
        /// <param name="slotBytes">Slot size.</param>
        public ArrayModelStore(byte[] blob, int slotBytes)
        {
            _active = new byte[slotBytes];
            _staging = new byte[slotBytes];
            System.Array.Copy(blob, _active, blob.Length);
            _activeLength = blob.Length;
        }

        private int _activeLength;
        private int _stagingLength;

        /// <inheritdoc/>
        public int Read(ModelSlot slot, int position, byte[] buffer, int offset, int count)
        {
            byte[] source = slot == ModelSlot.Active ? _active : _staging;
            int length = slot == ModelSlot.Active ? _activeLength : _stagingLength;
            int n = length - position;
            if (n > count)
            {
                n = count;
            }

            if (n <= 0)
            {
                return 0;
            }

            System.Array.Copy(source, position, buffer, offset, n);
            return n;
        }

        /// <inheritdoc/>
        public void WriteStaging(int position, byte[] buffer, int offset, int count)
        {
            System.Array.Copy(buffer, offset, _staging, position, count);
            if (position + count > _stagingLength)
            {
                _stagingLength = position + count;
            }
        }

        /// <inheritdoc/>
        public void Swap()
        {
            byte[] slot = _active;
            _active = _staging;
            _staging = slot;
            int length = _activeLength;
            _activeLength = _stagingLength;
            _stagingLength = length;
        }
    }
}
