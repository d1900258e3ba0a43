namespace WearableAI.Shared.Protocol
{
    /// <summary>
    /// Little-endian cursor over one frame's payload that never reads past it and never
    /// throws. The first problem is recorded in <see cref="Error"/>; after that every read
    /// returns zero/empty, so a body reader can read all its fields and check once.
    /// </summary>
    internal sealed class FrameReader
    {
        private readonly byte[] _buffer;
        private readonly int _end;
        private int _position;
        private FrameError _error;

        /// <summary>Reads bytes <paramref name="offset"/> up to (not including) <paramref name="end"/>.</summary>
        /// <param name="buffer">The received bytes.</param>
        /// <param name="offset">First payload byte.</param>
        /// <param name="end">One past the last payload byte.</param>
        public FrameReader(byte[] buffer, int offset, int end)
        {
            _buffer = buffer;
            _position = offset;
            _end = end;
        }

        /// <summary>The first problem met, or <see cref="FrameError.None"/>.</summary>
        public FrameError Error
        {
            get { return _error; }
        }

        /// <summary>True when every payload byte was consumed.</summary>
        public bool AtEnd
        {
            get { return _position == _end; }
        }

        /// <summary>The buffer being read (for zero-copy slices).</summary>
        public byte[] Buffer
        {
            get { return _buffer; }
        }

        /// <summary>Records a problem unless one is already recorded.</summary>
        /// <param name="error">The problem.</param>
        public void Fail(FrameError error)
        {
            if (_error == FrameError.None)
            {
                _error = error;
            }
        }

        /// <summary>Reads one byte.</summary>
        /// <returns>The value, or 0 after a problem.</returns>
        public byte ReadByte()
        {
            if (!Take(1))
            {
                return 0;
            }

            return _buffer[_position - 1];
        }

        /// <summary>Reads a signed 16-bit value.</summary>
        /// <returns>The value, or 0 after a problem.</returns>
        public short ReadInt16()
        {
            return (short)ReadUInt16();
        }

        /// <summary>Reads an unsigned 16-bit value.</summary>
        /// <returns>The value, or 0 after a problem.</returns>
        public ushort ReadUInt16()
        {
            if (!Take(2))
            {
                return 0;
            }

            int p = _position - 2;
            return (ushort)(_buffer[p] | (_buffer[p + 1] << 8));
        }

        /// <summary>Reads an unsigned 32-bit value.</summary>
        /// <returns>The value, or 0 after a problem.</returns>
        public uint ReadUInt32()
        {
            if (!Take(4))
            {
                return 0;
            }

            return ReadUInt32At(_buffer, _position - 4);
        }

        /// <summary>Reads a signed 64-bit value.</summary>
        /// <returns>The value, or 0 after a problem.</returns>
        public long ReadInt64()
        {
            if (!Take(8))
            {
                return 0;
            }

            int p = _position - 8;
            ulong low = ReadUInt32At(_buffer, p);
            ulong high = ReadUInt32At(_buffer, p + 4);
            return (long)(low | (high << 32));
        }

        /// <summary>
        /// Reads a length-prefixed printable-ASCII string of at most <paramref name="maxLength"/>
        /// characters. The length is checked before anything is allocated.
        /// </summary>
        /// <param name="maxLength">Longest accepted string.</param>
        /// <returns>The string, or "" after a problem (<see cref="FrameError.BadString"/> for a bad length or byte).</returns>
        public string ReadString(int maxLength)
        {
            int length = ReadByte();
            if (_error != FrameError.None)
            {
                return string.Empty;
            }

            if (length > maxLength)
            {
                Fail(FrameError.BadString);
                return string.Empty;
            }

            if (!Take(length))
            {
                return string.Empty;
            }

            int start = _position - length;
            char[] chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                byte b = _buffer[start + i];
                if (!FieldChecks.IsPrintableAscii(b))
                {
                    Fail(FrameError.BadString);
                    return string.Empty;
                }

                chars[i] = (char)b;
            }

            return new string(chars);
        }

        /// <summary>Reads <paramref name="count"/> int8 features into a new array of exactly that size.</summary>
        /// <param name="count">Number of features; already checked against the limits.</param>
        /// <returns>The features, or an empty array after a problem.</returns>
        public sbyte[] ReadFeatures(int count)
        {
            if (!Take(count))
            {
                return new sbyte[0];
            }

            int start = _position - count;
            sbyte[] features = new sbyte[count];
            for (int i = 0; i < count; i++)
            {
                features[i] = (sbyte)_buffer[start + i];
            }

            return features;
        }

        /// <summary>Skips <paramref name="count"/> bytes without copying them.</summary>
        /// <param name="count">Number of bytes.</param>
        /// <returns>Index of the first skipped byte in <see cref="Buffer"/>, or 0 after a problem.</returns>
        public int ReadSlice(int count)
        {
            if (!Take(count))
            {
                return 0;
            }

            return _position - count;
        }

        /// <summary>Reads a little-endian uint32 at a fixed index (no cursor, no checks).</summary>
        /// <param name="buffer">The bytes.</param>
        /// <param name="index">Index of the lowest byte.</param>
        /// <returns>The value.</returns>
        public static uint ReadUInt32At(byte[] buffer, int index)
        {
            return (uint)(buffer[index] | (buffer[index + 1] << 8) | (buffer[index + 2] << 16) | (buffer[index + 3] << 24));
        }

        private bool Take(int count)
        {
            if (_error != FrameError.None)
            {
                return false;
            }

            if (count < 0 || count > _end - _position)
            {
                _error = FrameError.LengthMismatch;
                return false;
            }

            _position += count;
            return true;
        }
    }
}
