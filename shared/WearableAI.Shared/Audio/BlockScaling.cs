namespace WearableAI.Shared.Audio
{
    /// <summary>
    /// Per-frame block normalisation: finds the shift that brings the frame's largest
    /// magnitude into [2^13, 2^14], so that quiet frames keep their precision through the
    /// window and the FFT. The shift is undone in the log domain (energy scales by 2^(2·shift)).
    /// </summary>
    public static class BlockScaling
    {
        /// <summary>Largest magnitude after scaling is below 2^TargetBits.</summary>
        public const int TargetBits = 14;

        /// <summary>Ops counted by <see cref="BitLength"/> (5 halving steps of shift, compare, add).</summary>
        public const int BitLengthOps = 15;

        /// <summary>
        /// Returns the left shift (negative: right shift) for a frame of samples below 2^31 in
        /// magnitude. An all-zero frame gets 0.
        /// </summary>
        /// <param name="frame">The frame.</param>
        /// <param name="length">Samples in the frame.</param>
        /// <returns>A shift in [TargetBits − 31, TargetBits − 1].</returns>
        public static int ShiftFor(int[] frame, int length)
        {
            int max = 0;
            int min = 0;
            for (int i = 0; i < length; i++)
            {
                int v = frame[i];
                if (v > max) max = v;
                if (v < min) min = v;
            }

            if (max == 0 && min == 0) return 0;

            // ~min = −min − 1: the scaled minimum may reach −2^TargetBits exactly, never beyond.
            int peak = max > ~min ? max : ~min;
            return TargetBits - BitLength(peak | 1);
        }

        /// <summary>Ops counted for one call of <see cref="ShiftFor"/> on <paramref name="length"/> samples.</summary>
        /// <param name="length">Samples in the frame.</param>
        /// <returns>Two compares per sample plus the bit length.</returns>
        public static int OpsFor(int length)
        {
            return 2 * length + BitLengthOps + 1;
        }

        /// <summary>Number of significant bits of a non-negative int (0 for 0).</summary>
        /// <param name="value">A value ≥ 0.</param>
        /// <returns>The bit length, e.g. 1 for 1, 14 for 8192.</returns>
        public static int BitLength(int value)
        {
            int n = 0;
            if ((value >> 16) != 0) { value >>= 16; n += 16; }
            if ((value >> 8) != 0) { value >>= 8; n += 8; }
            if ((value >> 4) != 0) { value >>= 4; n += 4; }
            if ((value >> 2) != 0) { value >>= 2; n += 2; }
            if ((value >> 1) != 0) { value >>= 1; n += 1; }
            return n + value;
        }
    }
}
