namespace WearableAI.Shared.Audio
{
    /// <summary>
    /// The few double-precision functions the front end needs while it builds its tables
    /// (twiddles, window, mel weights): nanoFramework's mscorlib has no Math class. Used only
    /// at construction, never per frame. Accuracy is about 1e-15 relative, far below the Q15
    /// quantisation of the tables they feed.
    /// </summary>
    internal static class TableFunctions
    {
        /// <summary>π to double precision.</summary>
        public const double Pi = 3.14159265358979323846;

        private const double Ln2 = 0.69314718055994530942;
        private const double Ln10 = 2.30258509299404568402;

        /// <summary>Cosine of <paramref name="x"/> radians.</summary>
        public static double Cos(double x)
        {
            return Sin(x + Pi / 2);
        }

        /// <summary>Sine of <paramref name="x"/> radians (range-reduced Taylor series).</summary>
        public static double Sin(double x)
        {
            double twoPi = 2 * Pi;
            long turns = (long)(x / twoPi);
            x -= turns * twoPi;
            if (x < 0) x += twoPi;

            // Fold into [-π/2, π/2], where the series converges fast.
            if (x > Pi) x -= twoPi;
            if (x > Pi / 2) x = Pi - x;
            if (x < -Pi / 2) x = -Pi - x;

            double term = x;
            double sum = x;
            double x2 = x * x;
            for (int n = 1; n < 15; n++)
            {
                term = -term * x2 / ((2 * n) * (2 * n + 1));
                sum += term;
            }

            return sum;
        }

        /// <summary>Natural logarithm of a positive number.</summary>
        public static double Ln(double x)
        {
            int exponent = 0;
            while (x >= 2) { x /= 2; exponent++; }
            while (x < 1) { x *= 2; exponent--; }

            // ln(x) = 2·atanh((x − 1)/(x + 1)), x in [1, 2) → argument in [0, 1/3).
            double y = (x - 1) / (x + 1);
            double y2 = y * y;
            double term = y;
            double sum = 0;
            for (int n = 1; n < 80; n += 2)
            {
                sum += term / n;
                term *= y2;
            }

            return 2 * sum + exponent * Ln2;
        }

        /// <summary>e raised to <paramref name="x"/>.</summary>
        public static double Exp(double x)
        {
            long k = (long)(x / Ln2);
            double r = x - k * Ln2;
            double term = 1;
            double sum = 1;
            for (int n = 1; n < 30; n++)
            {
                term *= r / n;
                sum += term;
            }

            while (k > 0) { sum *= 2; k--; }
            while (k < 0) { sum /= 2; k++; }
            return sum;
        }

        /// <summary>Base-10 logarithm of a positive number.</summary>
        public static double Log10(double x)
        {
            return Ln(x) / Ln10;
        }

        /// <summary>10 raised to <paramref name="x"/>.</summary>
        public static double Pow10(double x)
        {
            return Exp(x * Ln10);
        }

        /// <summary>Rounds half away from zero to the nearest integer.</summary>
        public static int Round(double x)
        {
            return x >= 0 ? (int)(x + 0.5) : -(int)(-x + 0.5);
        }
    }
}
