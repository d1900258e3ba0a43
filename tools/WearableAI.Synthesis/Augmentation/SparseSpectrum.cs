namespace WearableAI.Synthesis.Augmentation;

/// <summary>
/// A crude low-bitrate codec: overlapping Hann frames (50 %), and in each frame only the
/// strongest share of the spectrum's bins is kept, the rest zeroed; overlap-add resynthesis.
/// Sounds like a starved MP3: "watery", with weak detail gone.
/// </summary>
public static class SparseSpectrum
{
    /// <summary>The signal with only the strongest <paramref name="keep"/> of each <paramref name="frame"/>-sample frame's bins.</summary>
    public static float[] KeepStrongest(float[] signal, int frame, double keep)
    {
        ArgumentNullException.ThrowIfNull(signal);
        int hop = frame / 2;
        var output = new double[signal.Length + frame];
        var re = new double[frame];
        var im = new double[frame];
        var magnitude = new double[frame / 2 + 1];
        for (int start = -hop; start < signal.Length; start += hop)
        {
            for (int i = 0; i < frame; i++)
            {
                int n = start + i;
                re[i] = n >= 0 && n < signal.Length ? signal[n] * Hann(i, frame) : 0;
                im[i] = 0;
            }

            Fft.Transform(re, im, inverse: false);
            for (int k = 0; k <= frame / 2; k++) magnitude[k] = re[k] * re[k] + im[k] * im[k];
            double[] sorted = (double[])magnitude.Clone();
            Array.Sort(sorted);
            double threshold = sorted[(int)((1 - keep) * (sorted.Length - 1))];
            for (int k = 0; k <= frame / 2; k++)
            {
                if (magnitude[k] >= threshold) continue;
                re[k] = im[k] = 0;
                if (k > 0 && k < frame / 2) re[frame - k] = im[frame - k] = 0;
            }

            Fft.Transform(re, im, inverse: true);
            for (int i = 0; i < frame; i++)
            {
                int n = start + i;
                if (n >= 0 && n < signal.Length) output[n] += re[i] / frame; // Hann at 50 % overlap sums to 1
            }
        }

        var result = new float[signal.Length];
        for (int i = 0; i < result.Length; i++) result[i] = (float)output[i];
        return result;
    }

    private static double Hann(int i, int n) => 0.5 - 0.5 * Math.Cos(2 * Math.PI * i / n);
}
