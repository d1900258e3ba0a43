namespace WearableAI.Shared.Audio
{
    /// <summary>
    /// Power of each FFT bin, <c>re² + im²</c>, in int64: with |re|, |im| &lt; 2^23 (see
    /// <see cref="FixedRealFft"/>) a bin's power is below 2^47, and by Parseval the sum over the
    /// half spectrum of a block-normalised frame is below 2^46.
    /// </summary>
    public static class PowerSpectrum
    {
        /// <summary>Counted ops per bin: two multiplies and an add.</summary>
        public const int OpsPerBin = 3;

        /// <summary>Computes the power of bins <paramref name="firstBin"/>..<paramref name="lastBin"/> (inclusive).</summary>
        /// <param name="re">Real parts.</param>
        /// <param name="im">Imaginary parts.</param>
        /// <param name="firstBin">First bin to compute.</param>
        /// <param name="lastBin">Last bin to compute.</param>
        /// <param name="power">Receives the power at the same indices.</param>
        public static void Compute(int[] re, int[] im, int firstBin, int lastBin, long[] power)
        {
            for (int k = firstBin; k <= lastBin; k++)
            {
                long r = re[k];
                long i = im[k];
                power[k] = r * r + i * i;
            }
        }
    }
}
