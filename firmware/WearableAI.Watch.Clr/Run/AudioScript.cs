namespace WearableAI.Firmware.Clr.Run
{
    /// <summary>
    /// PCM pieces played in order: a clip (scaled by a gain in 1/256) or white noise of a given peak
    /// from a seeded xorshift32, the same samples on every runtime. Up to 64 pieces; no allocation
    /// while playing.
    /// </summary>
    public sealed class AudioScript
    {
        private const int MaxPieces = 64;
        private readonly short[]?[] _clips = new short[MaxPieces][];
        private readonly int[] _lengths = new int[MaxPieces];
        private readonly int[] _gains = new int[MaxPieces];
        private readonly uint[] _seeds = new uint[MaxPieces];
        private int _pieces;
        private int _length;
        private int _cachedPiece = -1;
        private int _cachedStart;
        private uint _noiseState;

        /// <summary>Total samples.</summary>
        public int Length
        {
            get { return _length; }
        }

        /// <summary>Appends a clip.</summary>
        /// <param name="pcm">Its samples (kept, not copied).</param>
        /// <param name="gain256">Gain in 1/256 (256 = as recorded).</param>
        public void AddClip(short[] pcm, int gain256)
        {
            Add(pcm, pcm.Length, gain256, 0);
        }

        /// <summary>Appends white noise, uniform in ±<paramref name="peak"/>.</summary>
        /// <param name="samples">Length.</param>
        /// <param name="peak">Largest magnitude (≤ 32767).</param>
        /// <param name="seed">Non-zero seed.</param>
        public void AddNoise(int samples, int peak, uint seed)
        {
            Add(null, samples, peak, seed == 0 ? 1u : seed);
        }

        /// <summary>Copies samples from <paramref name="position"/> on.</summary>
        /// <param name="position">Script position (samples read before must be exactly this).</param>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First index written.</param>
        /// <param name="count">Samples wanted.</param>
        /// <returns>Samples copied (fewer at the end).</returns>
        public int Copy(int position, short[] buffer, int offset, int count)
        {
            int written = 0;
            while (written < count && position < _length)
            {
                int piece = PieceAt(position);
                int inPiece = position - _cachedStart;
                int n = _lengths[piece] - inPiece;
                if (n > count - written)
                {
                    n = count - written;
                }

                short[]? clip = _clips[piece];
                int gain = _gains[piece];
                if (clip != null)
                {
                    for (int i = 0; i < n; i++)
                    {
                        int v = (clip[inPiece + i] * gain) >> 8;
                        buffer[offset + written + i] = (short)(v > 32767 ? 32767 : (v < -32768 ? -32768 : v));
                    }
                }
                else
                {
                    uint state = _noiseState;
                    int span = (2 * gain) + 1;
                    for (int i = 0; i < n; i++)
                    {
                        state ^= state << 13;
                        state ^= state >> 17;
                        state ^= state << 5;
                        buffer[offset + written + i] = (short)((int)(state % (uint)span) - gain);
                    }

                    _noiseState = state;
                }

                written += n;
                position += n;
            }

            return written;
        }

        private void Add(short[]? clip, int samples, int gain, uint seed)
        {
            if (_pieces == MaxPieces)
            {
                throw new System.InvalidOperationException("too many pieces");
            }

            _clips[_pieces] = clip;
            _lengths[_pieces] = samples;
            _gains[_pieces] = gain;
            _seeds[_pieces] = seed;
            _pieces++;
            _length += samples;
        }

        private int PieceAt(int position)
        {
            if (_cachedPiece >= 0 && position >= _cachedStart && position < _cachedStart + _lengths[_cachedPiece])
            {
                return _cachedPiece;
            }

            int start = 0;
            for (int p = 0; p < _pieces; p++)
            {
                if (position < start + _lengths[p])
                {
                    _cachedPiece = p;
                    _cachedStart = start;
                    _noiseState = _seeds[p];
                    return p;
                }

                start += _lengths[p];
            }

            throw new System.ArgumentOutOfRangeException(nameof(position));
        }
    }
}
