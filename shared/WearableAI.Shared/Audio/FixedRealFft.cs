namespace WearableAI.Shared.Audio
{
    /// <summary>
    /// Fixed-point FFT of a real frame of N samples: an N/2-point complex radix-2
    /// decimation-in-time FFT of the even/odd sample pairs, then the real split.
    /// Output is <c>2·X[k]</c> for k = 0..N/2, where <c>X[k] = Σ x[n]·e^(−2πikn/N)</c>.
    /// </summary>
    /// <remarks>
    /// <para>Twiddles are a Q15 table of N/2 cosines and sines built at construction. Data are
    /// int32 with headroom instead of per-stage scaling: inputs are at most 2^14 in magnitude
    /// (block normalisation), the complex FFT grows them by at most N/2·√2 ≤ 2^21.5, the split
    /// doubles that, so every value stays below 2^23. Twiddle products (≤ 2^38) are formed in
    /// int64 and shifted back by 15 (floor), the only rounding in the transform.</para>
    /// <para>Ops per butterfly: general 12 (4 multiplies, 2 adds, 2 shifts, 4 adds/subtracts);
    /// with twiddle 1 or −j, 4; at 45° or 135° (cos = ±sin), 10 (one multiply per component).
    /// Real split: 16 per bin pair. <see cref="OpsPerTransform"/>
    /// sums these from the shapes.</para>
    /// </remarks>
    public sealed class FixedRealFft
    {
        private const int GeneralButterflyOps = 12;
        private const int DiagonalButterflyOps = 10;
        private const int TrivialButterflyOps = 4;
        private const int SplitOpsPerPair = 16;

        private readonly int _size;
        private readonly int _half;
        private readonly int[] _cos;
        private readonly int[] _sin;
        private readonly int[] _bitReversed;
        private readonly int[] _re;
        private readonly int[] _im;
        private readonly long _ops;

        /// <summary>Builds the tables for a real FFT of <paramref name="size"/> points.</summary>
        /// <param name="size">A power of two, 8..1024.</param>
        public FixedRealFft(int size)
        {
            _size = size;
            _half = size / 2;
            _cos = new int[_half];
            _sin = new int[_half];
            for (int k = 0; k < _half; k++)
            {
                double angle = 2 * TableFunctions.Pi * k / size;
                _cos[k] = TableFunctions.Round(TableFunctions.Cos(angle) * 32768);
                _sin[k] = TableFunctions.Round(TableFunctions.Sin(angle) * 32768);
            }

            int bits = 0;
            while ((1 << bits) < _half) bits++;
            _bitReversed = new int[_half];
            for (int i = 0; i < _half; i++)
            {
                int r = 0;
                for (int b = 0; b < bits; b++) r |= ((i >> b) & 1) << (bits - 1 - b);
                _bitReversed[i] = r;
            }

            _re = new int[_half];
            _im = new int[_half];
            _ops = CountOps();
        }

        /// <summary>Real input length N.</summary>
        public int Size
        {
            get { return _size; }
        }

        /// <summary>Ops counted for one <see cref="Transform"/>.</summary>
        public long OpsPerTransform
        {
            get { return _ops; }
        }

        /// <summary>The twiddle table's cosine of 2πk/N in Q15 (0 ≤ k &lt; N/2), for kernels that compute the same transform elsewhere.</summary>
        /// <param name="k">Index.</param>
        /// <returns>round(cos(2πk/N) · 32768).</returns>
        public int CosQ15(int k)
        {
            return _cos[k];
        }

        /// <summary>The twiddle table's sine of 2πk/N in Q15 (0 ≤ k &lt; N/2).</summary>
        /// <param name="k">Index.</param>
        /// <returns>round(sin(2πk/N) · 32768).</returns>
        public int SinQ15(int k)
        {
            return _sin[k];
        }

        /// <summary>
        /// Transforms <paramref name="input"/> (N samples, |x| ≤ 2^14) into
        /// <c>2·X[k]</c>, k = 0..N/2, written to <paramref name="outRe"/> and <paramref name="outIm"/>.
        /// </summary>
        /// <param name="input">N real samples; not modified.</param>
        /// <param name="outRe">Receives N/2 + 1 real parts.</param>
        /// <param name="outIm">Receives N/2 + 1 imaginary parts.</param>
        public void Transform(int[] input, int[] outRe, int[] outIm)
        {
            int[] re = _re;
            int[] im = _im;
            int m = _half;

            // z[n] = x[2n] + j·x[2n+1], stored in bit-reversed order (copies only).
            int[] bitReversed = _bitReversed;
            for (int n = 0; n < m; n++)
            {
                int r = bitReversed[n];
                re[r] = input[2 * n];
                im[r] = input[2 * n + 1];
            }

            // The twiddle's case is chosen once per k, not per butterfly: on the interpreter the chain of
            // tests cost about a sixth of the transform. The arithmetic of each case is unchanged.
            int[] cos = _cos;
            int[] sin = _sin;
            for (int span = 1; span < m; span <<= 1)
            {
                int step = _half / span; // twiddle index step in the N-point table
                int stride = 2 * span;
                for (int k = 0; k < span; k++)
                {
                    int c = cos[k * step];
                    int s = sin[k * step];
                    if (k == 0)
                    {
                        for (int a = k; a < m; a += stride)
                        {
                            int b = a + span;
                            int tr = re[b];
                            int ti = im[b];
                            int ar = re[a];
                            int ai = im[a];
                            re[a] = ar + tr;
                            im[a] = ai + ti;
                            re[b] = ar - tr;
                            im[b] = ai - ti;
                        }
                    }
                    else if (2 * k == span)
                    {
                        for (int a = k; a < m; a += stride)
                        {
                            int b = a + span;
                            int tr = im[b];
                            int ti = -re[b];
                            int ar = re[a];
                            int ai = im[a];
                            re[a] = ar + tr;
                            im[a] = ai + ti;
                            re[b] = ar - tr;
                            im[b] = ai - ti;
                        }
                    }
                    else if (c == s)
                    {
                        // W = s·(1 − j): the same integers as the general case, c·br + s·bi = s·(br + bi).
                        for (int a = k; a < m; a += stride)
                        {
                            int b = a + span;
                            int br = re[b];
                            int bi = im[b];
                            int tr = (int)((s * (long)(br + bi)) >> 15);
                            int ti = (int)((s * (long)(bi - br)) >> 15);
                            int ar = re[a];
                            int ai = im[a];
                            re[a] = ar + tr;
                            im[a] = ai + ti;
                            re[b] = ar - tr;
                            im[b] = ai - ti;
                        }
                    }
                    else if (c == -s)
                    {
                        // W = −s·(1 + j)
                        for (int a = k; a < m; a += stride)
                        {
                            int b = a + span;
                            int br = re[b];
                            int bi = im[b];
                            int tr = (int)((s * (long)(bi - br)) >> 15);
                            int ti = (int)((s * (long)(-bi - br)) >> 15);
                            int ar = re[a];
                            int ai = im[a];
                            re[a] = ar + tr;
                            im[a] = ai + ti;
                            re[b] = ar - tr;
                            im[b] = ai - ti;
                        }
                    }
                    else
                    {
                        // t = (c − j·s)·b
                        for (int a = k; a < m; a += stride)
                        {
                            int b = a + span;
                            int br = re[b];
                            int bi = im[b];
                            int tr = (int)((c * (long)br + s * (long)bi) >> 15);
                            int ti = (int)((c * (long)bi - s * (long)br) >> 15);
                            int ar = re[a];
                            int ai = im[a];
                            re[a] = ar + tr;
                            im[a] = ai + ti;
                            re[b] = ar - tr;
                            im[b] = ai - ti;
                        }
                    }
                }
            }

            Split(outRe, outIm);
        }

        private void Split(int[] outRe, int[] outIm)
        {
            int[] re = _re;
            int[] im = _im;
            int m = _half;
            outRe[0] = (re[0] + im[0]) << 1;
            outIm[0] = 0;
            outRe[m] = (re[0] - im[0]) << 1;
            outIm[m] = 0;
            for (int k = 1; k <= m / 2; k++)
            {
                int ar = re[k];
                int ai = im[k];
                int br = re[m - k];
                int bi = im[m - k];

                // 2E = A + conj(B); 2O = (A − conj(B)) / j
                int er = ar + br;
                int ei = ai - bi;
                int or = ai + bi;
                int oi = br - ar;

                // t = W^k · 2O with W^k = cos − j·sin (2πk/N)
                int c = _cos[k];
                int s = _sin[k];
                int tr = (int)((c * (long)or + s * (long)oi) >> 15);
                int ti = (int)((c * (long)oi - s * (long)or) >> 15);

                // 2X[k] = 2E + t; 2X[M−k] = conj(2E − t)
                outRe[k] = er + tr;
                outIm[k] = ei + ti;
                outRe[m - k] = er - tr;
                outIm[m - k] = ti - ei;
            }
        }

        private long CountOps()
        {
            long ops = 0;
            int m = _half;
            for (int span = 1; span < m; span <<= 1)
            {
                int groups = m / (2 * span);
                for (int k = 0; k < span; k++)
                {
                    int step = _half / span;
                    int c = _cos[k * step];
                    int s = _sin[k * step];
                    bool trivial = k == 0 || 2 * k == span;
                    bool diagonal = c == s || c == -s;
                    ops += groups * (trivial ? TrivialButterflyOps : diagonal ? DiagonalButterflyOps : GeneralButterflyOps);
                }
            }

            return ops + 4 + (long)SplitOpsPerPair * (m / 2);
        }
    }
}
