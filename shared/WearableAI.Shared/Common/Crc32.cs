namespace WearableAI.Shared.Common
{
    /// <summary>
    /// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320, initial value and final XOR
    /// 0xFFFFFFFF) — the checksum of wire frames and model blobs. <c>Compute("123456789")</c>
    /// is 0xCBF43926. Allocation-free; the 1 KB table is built once per process.
    /// </summary>
    public static class Crc32
    {
        private static readonly uint[] Table = BuildTable();

        /// <summary>Computes the CRC-32 of <paramref name="count"/> bytes starting at <paramref name="offset"/>.</summary>
        /// <param name="data">The bytes.</param>
        /// <param name="offset">First byte to include.</param>
        /// <param name="count">Number of bytes to include.</param>
        /// <returns>The CRC-32 value.</returns>
        public static uint Compute(byte[] data, int offset, int count)
        {
            return Finish(Update(Start, data, offset, count));
        }

        /// <summary>The running value to begin an incremental CRC with.</summary>
        public const uint Start = 0xFFFFFFFF;

        /// <summary>Feeds more bytes into a running CRC started with <see cref="Start"/>.</summary>
        /// <param name="crc">The running value.</param>
        /// <param name="data">The bytes.</param>
        /// <param name="offset">First byte to include.</param>
        /// <param name="count">Number of bytes to include.</param>
        /// <returns>The updated running value; pass it to <see cref="Finish"/> at the end.</returns>
        public static uint Update(uint crc, byte[] data, int offset, int count)
        {
            uint[] table = Table;
            int end = offset + count;
            for (int i = offset; i < end; i++)
            {
                crc = table[(crc ^ data[i]) & 0xFF] ^ (crc >> 8);
            }

            return crc;
        }

        /// <summary>Turns a running value into the CRC-32.</summary>
        /// <param name="crc">The running value.</param>
        /// <returns>The CRC-32.</returns>
        public static uint Finish(uint crc)
        {
            return crc ^ 0xFFFFFFFF;
        }

        private static uint[] BuildTable()
        {
            uint[] table = new uint[256];
            for (uint n = 0; n < 256; n++)
            {
                uint c = n;
                for (int k = 0; k < 8; k++)
                {
                    c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
                }

                table[n] = c;
            }

            return table;
        }
    }
}
