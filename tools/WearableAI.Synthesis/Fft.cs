namespace WearableAI.Synthesis;

/// <summary>In-place iterative radix-2 complex FFT, enough for fast convolution of clips.</summary>
public static class Fft
{
    /// <summary>Transforms (re, im) in place; length must be a power of two. Inverse is unscaled.</summary>
    public static void Transform(double[] re, double[] im, bool inverse)
    {
        ArgumentNullException.ThrowIfNull(re);
        ArgumentNullException.ThrowIfNull(im);
        int n = re.Length;
        if (n != im.Length || (n & (n - 1)) != 0) throw new ArgumentException("length must be a power of two", nameof(re));
        for (int i = 1, j = 0; i < n; i++)
        {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) j ^= bit;
            j |= bit;
            if (i < j)
            {
                (re[i], re[j]) = (re[j], re[i]);
                (im[i], im[j]) = (im[j], im[i]);
            }
        }

        for (int len = 2; len <= n; len <<= 1)
        {
            double angle = (inverse ? 2 : -2) * Math.PI / len;
            double wr = Math.Cos(angle), wi = Math.Sin(angle);
            for (int start = 0; start < n; start += len)
            {
                double cr = 1, ci = 0;
                for (int k = 0; k < len / 2; k++)
                {
                    int a = start + k, b = a + len / 2;
                    double tr = re[b] * cr - im[b] * ci;
                    double ti = re[b] * ci + im[b] * cr;
                    re[b] = re[a] - tr;
                    im[b] = im[a] - ti;
                    re[a] += tr;
                    im[a] += ti;
                    double next = cr * wr - ci * wi;
                    ci = cr * wi + ci * wr;
                    cr = next;
                }
            }
        }
    }

    /// <summary>Full linear convolution of two real signals (length a + b − 1).</summary>
    public static float[] Convolve(float[] a, float[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        int length = a.Length + b.Length - 1;
        int n = 1;
        while (n < length) n <<= 1;
        var ar = new double[n];
        var ai = new double[n];
        var br = new double[n];
        var bi = new double[n];
        for (int i = 0; i < a.Length; i++) ar[i] = a[i];
        for (int i = 0; i < b.Length; i++) br[i] = b[i];
        Transform(ar, ai, false);
        Transform(br, bi, false);
        for (int i = 0; i < n; i++)
        {
            double r = ar[i] * br[i] - ai[i] * bi[i];
            ai[i] = ar[i] * bi[i] + ai[i] * br[i];
            ar[i] = r;
        }

        Transform(ar, ai, true);
        var result = new float[length];
        for (int i = 0; i < length; i++) result[i] = (float)(ar[i] / n);
        return result;
    }
}
