namespace WearableAI.Firmware.Gestures
{
    /// <summary>The little arithmetic the gesture detector needs, in integers (nanoFramework has no <c>Math</c>).</summary>
    public static class IntegerMath
    {
        /// <summary>Floor of the square root, by the bit-by-bit method: 16 iterations of shifts, adds and compares.</summary>
        /// <param name="value">Any unsigned value.</param>
        /// <returns>The largest r with r · r ≤ <paramref name="value"/>.</returns>
        public static uint Sqrt(uint value)
        {
            uint result = 0;
            uint bit = 1u << 30;
            while (bit > value)
            {
                bit >>= 2;
            }

            while (bit != 0)
            {
                if (value >= result + bit)
                {
                    value -= result + bit;
                    result = (result >> 1) + bit;
                }
                else
                {
                    result >>= 1;
                }

                bit >>= 2;
            }

            return result;
        }

        /// <summary>
        /// Squared length of a 3-vector of milli-g values (each within int16). The detector
        /// compares squared lengths with squared thresholds and takes the root only of the peaks
        /// it reports, which saves two 16-step roots per sample on the interpreter.
        /// </summary>
        /// <param name="x">X component.</param>
        /// <param name="y">Y component.</param>
        /// <param name="z">Z component.</param>
        /// <returns>x² + y² + z² (at most 3 · 2^30, so it fits a <see cref="uint"/>).</returns>
        public static uint SquaredMagnitude(int x, int y, int z)
        {
            return (uint)(x * x) + (uint)(y * y) + (uint)(z * z);
        }

        /// <summary>Length of a 3-vector of milli-g values (each within int16), in milli-g.</summary>
        /// <param name="x">X component.</param>
        /// <param name="y">Y component.</param>
        /// <param name="z">Z component.</param>
        /// <returns>floor(√(x² + y² + z²)).</returns>
        public static int Magnitude(int x, int y, int z)
        {
            return (int)Sqrt(SquaredMagnitude(x, y, z));
        }

        /// <summary>Absolute value.</summary>
        /// <param name="value">Any value above <see cref="int.MinValue"/>.</param>
        /// <returns>|value|.</returns>
        public static int Abs(int value)
        {
            return value < 0 ? -value : value;
        }

        /// <summary>Clamps <paramref name="value"/> into [<paramref name="low"/>, <paramref name="high"/>].</summary>
        /// <param name="value">The value.</param>
        /// <param name="low">Lower bound.</param>
        /// <param name="high">Upper bound, at least <paramref name="low"/>.</param>
        /// <returns>The clamped value.</returns>
        public static int Clamp(int value, int low, int high)
        {
            return value < low ? low : (value > high ? high : value);
        }

        /// <summary>Clamps into a confidence byte.</summary>
        /// <param name="value">Any value.</param>
        /// <returns><paramref name="value"/> clamped into [0, 255].</returns>
        public static byte ToConfidence(int value)
        {
            return (byte)Clamp(value, 0, 255);
        }
    }
}
