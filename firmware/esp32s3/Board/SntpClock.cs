using nanoFramework.Hardware.Esp32;
using WearableAI.Firmware.Hardware;

namespace WearableAI.Esp32S3.Board
{
    /// <summary>
    /// Uptime from the ESP32's microsecond timer (monotonic since boot) and wall time from the RTC,
    /// which nanoFramework.Networking.Sntp keeps synchronised (<see cref="NetworkThread"/> starts it once Wi-Fi is up).
    /// Before the first SNTP answer the RTC reads a date long past; <see cref="IsSynchronised"/> says so.
    /// </summary>
    public sealed class SntpClock : IClock
    {
        /// <summary>Wall times before 2024-01-01 mean "not synchronised yet".</summary>
        public const long SynchronisedAfterUnixMs = 1704067200000L;

        private static readonly long EpochTicks = System.DateTime.UnixEpoch.Ticks;

        /// <inheritdoc/>
        public long UptimeMs
        {
            get { return (long)(HighResTimer.GetCurrent() / 1000UL); }
        }

        /// <inheritdoc/>
        public long UnixTimeMs
        {
            get { return (System.DateTime.UtcNow.Ticks - EpochTicks) / 10000L; }
        }

        /// <summary>True once SNTP has set the clock.</summary>
        public bool IsSynchronised
        {
            get { return UnixTimeMs >= SynchronisedAfterUnixMs; }
        }
    }
}
