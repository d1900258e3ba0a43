namespace WearableAI.Shared.Inference
{
    /// <summary>
    /// Turns an int32 accumulator into an int8 activation: multiply by a per-channel
    /// fixed-point scale, round, add the output zero point, clamp to the activation range.
    /// </summary>
    /// <remarks>
    /// <para>The real scale is <c>multiplier · 2^−(31 + shift)</c> with
    /// <c>multiplier</c> in [2^30, 2^31) (a Q31 mantissa in [0.5, 1)) and <c>shift</c> in
    /// [<see cref="MinShift"/>, <see cref="MaxShift"/>]. With <c>n = 31 + shift</c>:</para>
    /// <code>scaled = (acc · multiplier + 2^(n−1)) &gt;&gt; n      (64-bit product, arithmetic shift)</code>
    /// <para>i.e. one rounding, half-way cases toward +∞ (2.5 → 3, −2.5 → −2). The product is
    /// below 2^62 in magnitude, so it never overflows an int64, and the training side
    /// reproduces it bit-exactly with int64 (NumPy) or Python integers. Then
    /// <c>out = clamp(scaled + zeroPoint, actMin, actMax)</c>; the clamp implements ReLU/ReLU6.</para>
    /// <para>On a 32-bit MCU this is one 32×32→64 multiply (SMULL), one 64-bit add and one
    /// 64-bit shift. See docs/kernels.md.</para>
    /// </remarks>
    public static class Requantizer
    {
        /// <summary>Smallest valid multiplier (2^30, i.e. 0.5 in Q31).</summary>
        public const int MinMultiplier = 1 << 30;

        /// <summary>Largest valid multiplier (2^31 − 1, just below 1.0 in Q31).</summary>
        public const int MaxMultiplier = int.MaxValue;

        /// <summary>Smallest valid shift: −8 means the scale may reach 2^8.</summary>
        public const int MinShift = -8;

        /// <summary>Largest valid shift: the scale may go down to 2^−32.</summary>
        public const int MaxShift = 31;

        /// <summary>
        /// Ops counted per requantised output: multiply, rounding add, shift, zero-point add,
        /// and two compares for the clamp.
        /// </summary>
        public const int OpsPerOutput = 6;

        /// <summary>Ops counted per multiply–accumulate.</summary>
        public const int OpsPerMac = 2;

        /// <summary>Scales an accumulator by <c>multiplier · 2^−(31 + shift)</c> with round-half-up.</summary>
        /// <param name="accumulator">The int32 accumulator.</param>
        /// <param name="multiplier">Q31 mantissa in [2^30, 2^31).</param>
        /// <param name="shift">Extra right shift in [<see cref="MinShift"/>, <see cref="MaxShift"/>].</param>
        /// <returns>The rounded scaled value (may exceed the int32 range only when shift &lt; 0).</returns>
        public static long Scale(int accumulator, int multiplier, int shift)
        {
            int n = 31 + shift;
            long product = (long)accumulator * multiplier;
            return (product + (1L << (n - 1))) >> n;
        }

        /// <summary>Scales, adds the zero point and clamps to [actMin, actMax].</summary>
        /// <param name="accumulator">The int32 accumulator.</param>
        /// <param name="multiplier">Q31 mantissa in [2^30, 2^31).</param>
        /// <param name="shift">Extra right shift in [<see cref="MinShift"/>, <see cref="MaxShift"/>].</param>
        /// <param name="zeroPoint">Output zero point.</param>
        /// <param name="actMin">Lowest output value (−128, or the zero point for ReLU).</param>
        /// <param name="actMax">Highest output value (127, or the quantised 6.0 for ReLU6).</param>
        /// <returns>The int8 activation.</returns>
        public static sbyte Requantize(int accumulator, int multiplier, int shift, int zeroPoint, int actMin, int actMax)
        {
            long value = Scale(accumulator, multiplier, shift) + zeroPoint;
            if (value < actMin)
            {
                return (sbyte)actMin;
            }

            if (value > actMax)
            {
                return (sbyte)actMax;
            }

            return (sbyte)value;
        }

        /// <summary>
        /// Finds the multiplier and shift that best represent a positive real scale
        /// (used by the export tool and the tests; not needed on the watch).
        /// </summary>
        /// <param name="scale">The real scale, e.g. <c>inputScale · weightScale / outputScale</c>.</param>
        /// <param name="multiplier">The Q31 mantissa in [2^30, 2^31).</param>
        /// <param name="shift">The shift.</param>
        /// <returns>False when the scale is not positive or outside the representable range.</returns>
        public static bool TryFromScale(double scale, out int multiplier, out int shift)
        {
            multiplier = MinMultiplier;
            shift = 0;
            if (!(scale > 0.0))
            {
                return false;
            }

            // Normalise the mantissa to [0.5, 1): scale = mantissa · 2^−s.
            double mantissa = scale;
            int s = 0;
            while (mantissa >= 1.0 && s > MinShift - 1)
            {
                mantissa /= 2.0;
                s--;
            }

            while (mantissa < 0.5 && s < MaxShift + 1)
            {
                mantissa *= 2.0;
                s++;
            }

            long q = (long)((mantissa * 2147483648.0) + 0.5);
            if (q == 2147483648L)
            {
                q = 1L << 30;
                s--;
            }

            if (s < MinShift || s > MaxShift || q < MinMultiplier || q > MaxMultiplier)
            {
                return false;
            }

            multiplier = (int)q;
            shift = s;
            return true;
        }
    }
}
