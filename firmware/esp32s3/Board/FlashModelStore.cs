using System.IO;
using WearableAI.Firmware.Hardware;

namespace WearableAI.Esp32S3.Board
{
    /// <summary>
    /// The two model slots as files on the internal flash (<c>I:\</c>): <c>wai-model-a.waim</c>,
    /// <c>wai-model-b.waim</c> and a small pointer file <c>wai-model.active</c> holding <c>a</c> or
    /// <c>b</c>, the active one. The other file is staging.
    /// </summary>
    /// <remarks>
    /// <para><see cref="Swap"/> commits by rename: write <c>wai-model.active.new</c> (flushed and
    /// closed), delete the old pointer, rename the new one into place. A power cut leaves one of
    /// three states, all recovered at construction: both pointers (the swap did not commit: the
    /// new one is discarded), only the new one (it did: finish the rename), only the old one
    /// (done). No pointer at all means slot a.</para>
    /// <para>Uses only <c>File.Exists/Delete/Move</c> and <c>FileStream</c>, which .NET has with
    /// the same signatures, so the tests run this very file against a temporary folder.</para>
    /// </remarks>
    public sealed class FlashModelStore : IModelStore
    {
        private readonly string _slotA;
        private readonly string _slotB;
        private readonly string _pointer;
        private readonly string _newPointer;
        private readonly int _slotBytes;
        private readonly byte[] _mark = new byte[1];
        private bool _activeIsB;

        /// <summary>Opens the store in <paramref name="folder"/>, recovering an interrupted swap.</summary>
        /// <param name="folder">Folder path ending with its separator, e.g. <c>I:\</c>.</param>
        /// <param name="slotBytes">Largest model image a slot takes.</param>
        public FlashModelStore(string folder, int slotBytes)
        {
            _slotA = folder + "wai-model-a.waim";
            _slotB = folder + "wai-model-b.waim";
            _pointer = folder + "wai-model.active";
            _newPointer = folder + "wai-model.active.new";
            _slotBytes = slotBytes;
            Recover();
            _activeIsB = ReadPointer(_pointer);
        }

        /// <summary>True when slot b is the active one.</summary>
        public bool ActiveIsB
        {
            get { return _activeIsB; }
        }

        /// <inheritdoc/>
        public int Read(ModelSlot slot, int position, byte[] buffer, int offset, int count)
        {
            string path = PathOf(slot);
            if (!File.Exists(path))
            {
                return 0;
            }

            using (FileStream stream = new FileStream(path, FileMode.Open, FileAccess.Read))
            {
                if (position >= stream.Length)
                {
                    return 0;
                }

                stream.Seek(position, SeekOrigin.Begin);
                int total = 0;
                while (total < count)
                {
                    int n = stream.Read(buffer, offset + total, count - total);
                    if (n <= 0)
                    {
                        break;
                    }

                    total += n;
                }

                return total;
            }
        }

        /// <inheritdoc/>
        public void WriteStaging(int position, byte[] buffer, int offset, int count)
        {
            if (position < 0 || position + count > _slotBytes)
            {
                throw new System.ArgumentOutOfRangeException(nameof(count), "model image larger than the slot");
            }

            string path = PathOf(ModelSlot.Staging);
            FileMode mode = position == 0 ? FileMode.Create : FileMode.OpenOrCreate;
            using (FileStream stream = new FileStream(path, mode, FileAccess.Write))
            {
                stream.Seek(position, SeekOrigin.Begin);
                stream.Write(buffer, offset, count);
                stream.Flush();
            }
        }

        /// <inheritdoc/>
        public void Swap()
        {
            bool next = !_activeIsB;
            _mark[0] = next ? (byte)'b' : (byte)'a';
            using (FileStream stream = new FileStream(_newPointer, FileMode.Create, FileAccess.Write))
            {
                stream.Write(_mark, 0, 1);
                stream.Flush();
            }

            if (File.Exists(_pointer))
            {
                File.Delete(_pointer);
            }

            File.Move(_newPointer, _pointer);
            _activeIsB = next;
        }

        private void Recover()
        {
            if (!File.Exists(_newPointer))
            {
                return;
            }

            if (File.Exists(_pointer))
            {
                File.Delete(_newPointer);
            }
            else
            {
                File.Move(_newPointer, _pointer);
            }
        }

        private bool ReadPointer(string path)
        {
            if (!File.Exists(path))
            {
                return false;
            }

            using (FileStream stream = new FileStream(path, FileMode.Open, FileAccess.Read))
            {
                return stream.Read(_mark, 0, 1) == 1 && _mark[0] == (byte)'b';
            }
        }

        private string PathOf(ModelSlot slot)
        {
            bool b = slot == ModelSlot.Active ? _activeIsB : !_activeIsB;
            return b ? _slotB : _slotA;
        }
    }
}
