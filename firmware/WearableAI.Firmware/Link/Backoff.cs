using WearableAI.Firmware.Common;

namespace WearableAI.Firmware.Link
{
    /// <summary>
    /// Delay before the next reconnect attempt: grows exponentially from
    /// <see cref="InitialDelayMs"/> by doubling, is capped at <see cref="MaxDelayMs"/>, and is
    /// shortened by a random jitter of up to <see cref="JitterPercent"/> percent so that a
    /// fleet of watches losing the hub together does not reconnect in lock-step. Call
    /// <see cref="Reset"/> when a connection succeeds.
    /// </summary>
    /// <remarks>
    /// Attempt n (from 0) waits <c>base = min(initial · 2^n, max)</c> minus a jitter drawn
    /// uniformly from [0, base · jitter / 100], so every delay lies in
    /// [base · (100 − jitter) / 100, base]. The jitter comes from a seeded
    /// <see cref="XorShiftRandom"/>: the same seed gives the same delays.
    /// </remarks>
    public sealed class Backoff
    {
        private readonly XorShiftRandom _random;
        private int _attempts;

        /// <summary>A seed for <paramref name="deviceId"/> (FNV-1a of its characters), so each device of a fleet backs off on its own schedule.</summary>
        /// <param name="deviceId">The device id.</param>
        /// <returns>The seed.</returns>
        public static uint SeedFor(string deviceId)
        {
            uint hash = 2166136261;
            for (int i = 0; i < deviceId.Length; i++)
            {
                hash = (hash ^ deviceId[i]) * 16777619;
            }

            return hash;
        }

        /// <summary>Creates the schedule.</summary>
        /// <param name="initialDelayMs">Delay before the first retry, at least 1.</param>
        /// <param name="maxDelayMs">Cap on the delay, at least <paramref name="initialDelayMs"/>.</param>
        /// <param name="jitterPercent">Largest share of a delay removed at random, 0..100.</param>
        /// <param name="seed">Seed of the jitter; use something unique per device.</param>
        public Backoff(int initialDelayMs, int maxDelayMs, int jitterPercent, uint seed)
        {
            if (initialDelayMs < 1)
            {
                throw new System.ArgumentOutOfRangeException(nameof(initialDelayMs));
            }

            if (maxDelayMs < initialDelayMs)
            {
                throw new System.ArgumentOutOfRangeException(nameof(maxDelayMs));
            }

            if (jitterPercent < 0 || jitterPercent > 100)
            {
                throw new System.ArgumentOutOfRangeException(nameof(jitterPercent));
            }

            InitialDelayMs = initialDelayMs;
            MaxDelayMs = maxDelayMs;
            JitterPercent = jitterPercent;
            _random = new XorShiftRandom(seed);
        }

        /// <summary>Delay before the first retry, in milliseconds.</summary>
        public int InitialDelayMs { get; }

        /// <summary>Cap on the delay, in milliseconds.</summary>
        public int MaxDelayMs { get; }

        /// <summary>Largest share of a delay removed at random, in percent.</summary>
        public int JitterPercent { get; }

        /// <summary>Failed attempts since the last <see cref="Reset"/>.</summary>
        public int Attempts
        {
            get { return _attempts; }
        }

        /// <summary>The delay before the next attempt, before jitter (the upper bound of <see cref="NextDelayMs"/>).</summary>
        public int CurrentBaseDelayMs
        {
            get
            {
                long delay = InitialDelayMs;
                for (int i = 0; i < _attempts && delay < MaxDelayMs; i++)
                {
                    delay <<= 1;
                }

                return delay > MaxDelayMs ? MaxDelayMs : (int)delay;
            }
        }

        /// <summary>Returns the delay to wait before the next attempt and counts the attempt.</summary>
        /// <returns>Milliseconds, within [base · (100 − jitter) / 100, base].</returns>
        public int NextDelayMs()
        {
            int baseDelay = CurrentBaseDelayMs;
            int maxJitter = (int)((long)baseDelay * JitterPercent / 100);
            int delay = baseDelay - _random.NextBelow(maxJitter + 1);
            if (_attempts < int.MaxValue)
            {
                _attempts++;
            }

            return delay;
        }

        /// <summary>Back to the initial delay (after a successful connection). The jitter sequence continues.</summary>
        public void Reset()
        {
            _attempts = 0;
        }
    }
}
