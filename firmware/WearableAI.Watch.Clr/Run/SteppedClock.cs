using WearableAI.Firmware.Hardware;

namespace WearableAI.Firmware.Clr.Run
{
    /// <summary>A clock the run advances by hand: the same times on every runtime.</summary>
    public sealed class SteppedClock : IClock
    {
        /// <summary>Wall-clock time at uptime 0 (2026-12-01T00:00:00Z).</summary>
        public const long EpochUnixMs = 1796083200000;

        private long _uptimeMs;

        /// <inheritdoc/>
        public long UptimeMs
        {
            get { return _uptimeMs; }
        }

        /// <inheritdoc/>
        public long UnixTimeMs
        {
            get { return EpochUnixMs + _uptimeMs; }
        }

        /// <summary>Moves time on.</summary>
        /// <param name="ms">Milliseconds.</param>
        public void Advance(int ms)
        {
            _uptimeMs += ms;
        }
    }
}
