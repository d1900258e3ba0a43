namespace WearableAI.Shared.Models
{
    /// <summary>
    /// A little-endian read/write position over a byte array with an end limit. Reads past
    /// the end return 0 and set <see cref="Overrun"/> instead of throwing, so that the
    /// loader can report a truncated section.
    /// </summary>
    internal sealed class BlobCursor
    {
        private readonly byte[] _data;
        private readonly int _end;
        private int _position;
        private bool _overrun;

        public BlobCursor(byte[] data, int position, int end)
        {
            _data = data;
            _position = position;
            _end = end;
        }

        public int Position
        {
            get { return _position; }
        }

        public int Remaining
        {
            get { return _end - _position; }
        }

        public bool Overrun
        {
            get { return _overrun; }
        }

        public bool Has(long count)
        {
            return count >= 0 && count <= Remaining;
        }

        public int ReadU8()
        {
            if (!Take(1))
            {
                return 0;
            }

            return _data[_position - 1];
        }

        public int ReadI8()
        {
            return (sbyte)ReadU8();
        }

        public int ReadU16()
        {
            if (!Take(2))
            {
                return 0;
            }

            return _data[_position - 2] | (_data[_position - 1] << 8);
        }

        public int ReadI16()
        {
            return (short)ReadU16();
        }

        public int ReadI32()
        {
            if (!Take(4))
            {
                return 0;
            }

            int p = _position - 4;
            return _data[p] | (_data[p + 1] << 8) | (_data[p + 2] << 16) | (_data[p + 3] << 24);
        }

        public uint ReadU32()
        {
            return (uint)ReadI32();
        }

        public void WriteU8(int value)
        {
            _data[_position] = (byte)value;
            _position++;
        }

        public void WriteU16(int value)
        {
            _data[_position] = (byte)value;
            _data[_position + 1] = (byte)(value >> 8);
            _position += 2;
        }

        public void WriteI32(int value)
        {
            _data[_position] = (byte)value;
            _data[_position + 1] = (byte)(value >> 8);
            _data[_position + 2] = (byte)(value >> 16);
            _data[_position + 3] = (byte)(value >> 24);
            _position += 4;
        }

        private bool Take(int count)
        {
            if (_overrun || count > _end - _position)
            {
                _overrun = true;
                return false;
            }

            _position += count;
            return true;
        }
    }
}
