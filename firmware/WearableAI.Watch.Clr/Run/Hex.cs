namespace WearableAI.Firmware.Clr.Run
{
    /// <summary>Lower-case hex of bytes and int8 values (no <c>BitConverter</c> or <c>StringBuilder</c> on nanoFramework).</summary>
    public static class Hex
    {
        private const string Digits = "0123456789abcdef";

        /// <summary>Hex of <paramref name="count"/> bytes from <paramref name="offset"/>.</summary>
        /// <param name="bytes">Source.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Bytes.</param>
        /// <returns>Two digits per byte.</returns>
        public static string Of(byte[] bytes, int offset, int count)
        {
            char[] text = new char[2 * count];
            for (int i = 0; i < count; i++)
            {
                int b = bytes[offset + i];
                text[2 * i] = Digits[b >> 4];
                text[(2 * i) + 1] = Digits[b & 15];
            }

            return new string(text);
        }

        /// <summary>Hex of <paramref name="count"/> int8 values from <paramref name="offset"/> (two's complement).</summary>
        /// <param name="values">Source.</param>
        /// <param name="offset">First value.</param>
        /// <param name="count">Values.</param>
        /// <returns>Two digits per value.</returns>
        public static string Of(sbyte[] values, int offset, int count)
        {
            char[] text = new char[2 * count];
            for (int i = 0; i < count; i++)
            {
                int b = values[offset + i] & 0xff;
                text[2 * i] = Digits[b >> 4];
                text[(2 * i) + 1] = Digits[b & 15];
            }

            return new string(text);
        }
    }
}
