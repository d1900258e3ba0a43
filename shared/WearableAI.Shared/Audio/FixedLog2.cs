namespace WearableAI.Shared.Audio
{
    /// <summary>
    /// Integer base-2 logarithm of a positive int64 in Q16 (1/65,536 of an octave): the
    /// exponent by binary search for the leading bit, the mantissa by linear interpolation in
    /// a 65-entry table of <c>log2(1 + i/64)</c>. Error below 1e-4 octaves (interpolation
    /// ≤ 4.4e-5, table rounding ≤ 7.6e-6, mantissa truncation to 16 bits ≤ 2.2e-5).
    /// </summary>
    public sealed class FixedLog2
    {
        /// <summary>The result for zero or negative input: −64 octaves, below any real energy.</summary>
        public const int FloorQ16 = -64 << 16;

        /// <summary>
        /// Ops counted per call: 6 search steps × 3 (shift, compare, add), 3 to normalise the
        /// mantissa, 11 to interpolate (sub, shift, mask, 2 lookups, sub, mul, shift, add) and combine.
        /// </summary>
        public const int OpsPerCall = 32;

        private const int TableBits = 6;
        private const int FractionBits = 16 - TableBits;
        private readonly int[] _table;

        /// <summary>Builds the mantissa table.</summary>
        public FixedLog2()
        {
            int entries = (1 << TableBits) + 1;
            _table = new int[entries];
            double ln2 = TableFunctions.Ln(2);
            for (int i = 0; i < entries; i++)
            {
                double x = 1 + (double)i / (1 << TableBits);
                _table[i] = TableFunctions.Round(TableFunctions.Ln(x) / ln2 * 65536);
            }
        }

        /// <summary>Entries of the interpolation table (2^6 + 1).</summary>
        public const int TableEntries = (1 << TableBits) + 1;

        /// <summary>Table entry <paramref name="index"/>: log2(1 + index/64) in Q16, for kernels that compute the same logarithm elsewhere.</summary>
        /// <param name="index">0..<see cref="TableEntries"/> − 1.</param>
        /// <returns>The entry.</returns>
        public int TableQ16(int index)
        {
            return _table[index];
        }

        /// <summary>log2(<paramref name="value"/>) in Q16, or <see cref="FloorQ16"/> when value ≤ 0.</summary>
        /// <param name="value">A positive value.</param>
        /// <returns>round-ish(65536·log2(value)).</returns>
        public int Log2Q16(long value)
        {
            if (value <= 0) return FloorQ16;
            long x = value;
            int e = 0;
            if ((x >> 32) != 0) { x >>= 32; e += 32; }
            if ((x >> 16) != 0) { x >>= 16; e += 16; }
            if ((x >> 8) != 0) { x >>= 8; e += 8; }
            if ((x >> 4) != 0) { x >>= 4; e += 4; }
            if ((x >> 2) != 0) { x >>= 2; e += 2; }
            if ((x >> 1) != 0) { e += 1; }

            // Mantissa in [2^16, 2^17): value · 2^(16 − e).
            int m = e >= 16 ? (int)(value >> (e - 16)) : (int)(value << (16 - e));
            int f = m - 65536;
            int i = f >> FractionBits;
            int frac = f & ((1 << FractionBits) - 1);
            int lo = _table[i];
            int hi = _table[i + 1];
            return (e << 16) + lo + (((hi - lo) * frac) >> FractionBits);
        }
    }
}
