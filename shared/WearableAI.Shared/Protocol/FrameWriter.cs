namespace WearableAI.Shared.Protocol
{
    /// <summary>
    /// Little-endian cursor that writes frame fields into a caller-owned buffer. The codec
    /// checks the space before writing, so the writer does no bounds checks of its own.
    /// </summary>
    internal sealed class FrameWriter
    {
        private readonly byte[] _buffer;
        private int _position;

        /// <summary>Starts writing at <paramref name="offset"/>.</summary>
        /// <param name="buffer">The output buffer.</param>
        /// <param name="offset">First byte to write.</param>
        public FrameWriter(byte[] buffer, int offset)
        {
            _buffer = buffer;
            _position = offset;
        }

        /// <summary>Index of the next byte to write.</summary>
        public int Position
        {
            get { return _position; }
        }

        /// <summary>Writes one byte.</summary>
        /// <param name="value">The value.</param>
        public void WriteByte(byte value)
        {
            _buffer[_position++] = value;
        }

        /// <summary>Writes a signed 16-bit value.</summary>
        /// <param name="value">The value.</param>
        public void WriteInt16(short value)
        {
            WriteUInt16((ushort)value);
        }

        /// <summary>Writes an unsigned 16-bit value.</summary>
        /// <param name="value">The value.</param>
        public void WriteUInt16(ushort value)
        {
            _buffer[_position++] = (byte)value;
            _buffer[_position++] = (byte)(value >> 8);
        }

        /// <summary>Writes an unsigned 32-bit value.</summary>
        /// <param name="value">The value.</param>
        public void WriteUInt32(uint value)
        {
            _buffer[_position++] = (byte)value;
            _buffer[_position++] = (byte)(value >> 8);
            _buffer[_position++] = (byte)(value >> 16);
            _buffer[_position++] = (byte)(value >> 24);
        }

        /// <summary>Writes a signed 64-bit value.</summary>
        /// <param name="value">The value.</param>
        public void WriteInt64(long value)
        {
            WriteUInt32((uint)value);
            WriteUInt32((uint)(value >> 32));
        }

        /// <summary>Writes a length byte and the characters of an ASCII string (already validated).</summary>
        /// <param name="value">The string.</param>
        public void WriteString(string value)
        {
            int length = value.Length;
            _buffer[_position++] = (byte)length;
            for (int i = 0; i < length; i++)
            {
                _buffer[_position++] = (byte)value[i];
            }
        }

        /// <summary>Writes the first <paramref name="count"/> int8 features.</summary>
        /// <param name="features">The features.</param>
        /// <param name="count">How many to write.</param>
        public void WriteFeatures(sbyte[] features, int count)
        {
            for (int i = 0; i < count; i++)
            {
                _buffer[_position++] = (byte)features[i];
            }
        }

        /// <summary>Copies raw bytes.</summary>
        /// <param name="source">Where the bytes are.</param>
        /// <param name="offset">First byte to copy.</param>
        /// <param name="count">How many to copy.</param>
        public void WriteBytes(byte[] source, int offset, int count)
        {
            System.Array.Copy(source, offset, _buffer, _position, count);
            _position += count;
        }
    }
}
