namespace WearableAI.Firmware.Common
{
    /// <summary>
    /// Marsaglia's xorshift32: a tiny, seeded, allocation-free integer PRNG. The same seed gives
    /// the same sequence on every runtime (nanoFramework, .NET, any version), unlike
    /// <c>System.Random</c>. Not for cryptography.
    /// </summary>
    public sealed class XorShiftRandom
    {
        private uint _state;

        /// <summary>
        /// Starts a sequence. The seed is first scrambled (MurmurHash3's 32-bit finaliser) so that
        /// neighbouring seeds — device 1, device 2 — start far apart; a state of 0 (the fixed
        /// point of xorshift) is replaced by a fixed non-zero value.
        /// </summary>
        /// <param name="seed">Any value; a device would use something unique such as its MAC address.</param>
        public XorShiftRandom(uint seed)
        {
            uint h = seed;
            h ^= h >> 16;
            h *= 0x85EBCA6Bu;
            h ^= h >> 13;
            h *= 0xC2B2AE35u;
            h ^= h >> 16;
            _state = h == 0 ? 0x9E3779B9u : h;
        }

        /// <summary>The next 32 pseudo-random bits (never 0).</summary>
        /// <returns>A value in [1, 2^32 − 1].</returns>
        public uint NextUInt()
        {
            uint x = _state;
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            _state = x;
            return x;
        }

        /// <summary>A value in [0, <paramref name="bound"/>), by multiply-shift (no modulo bias worth noting for small bounds).</summary>
        /// <param name="bound">Exclusive upper bound, at least 1.</param>
        /// <returns>The value.</returns>
        public int NextBelow(int bound)
        {
            if (bound <= 1)
            {
                return 0;
            }

            return (int)(((ulong)NextUInt() * (ulong)bound) >> 32);
        }
    }
}
