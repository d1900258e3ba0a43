namespace WearableAI.Firmware.Hardware
{
    /// <summary>Time for the firmware: a monotonic clock for timeouts and a wall clock for timestamps.</summary>
    public interface IClock
    {
        /// <summary>Milliseconds since start-up; never goes backwards, unaffected by time sync.</summary>
        long UptimeMs { get; }

        /// <summary>
        /// Wall-clock time in milliseconds since 1970-01-01 UTC (set by SNTP on the watch); may
        /// jump when synchronised, so use it only to stamp messages, never to measure durations.
        /// </summary>
        long UnixTimeMs { get; }
    }
}
