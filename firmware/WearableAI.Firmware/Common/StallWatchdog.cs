namespace WearableAI.Firmware.Common
{
    /// <summary>
    /// Tells when a loop has stopped making progress: the loop calls <see cref="Kick"/> every turn,
    /// a timer asks <see cref="IsStalled"/>. Pure (time passed in), so it is tested on a simulated
    /// clock; the board decides what a stall costs (the ESP32-S3 adapter reboots).
    /// </summary>
    /// <remarks>Times are seconds of uptime in an <c>int</c>, read and written whole, so a timer thread may ask while the loop kicks.</remarks>
    public sealed class StallWatchdog
    {
        private readonly int _timeoutSeconds;
        private int _lastKickSeconds;

        /// <summary>Arms the watchdog as kicked at <paramref name="nowSeconds"/>.</summary>
        /// <param name="timeoutSeconds">Longest time without a kick that is not a stall, at least 1.</param>
        /// <param name="nowSeconds">Uptime now, s.</param>
        public StallWatchdog(int timeoutSeconds, int nowSeconds)
        {
            if (timeoutSeconds < 1)
            {
                throw new System.ArgumentOutOfRangeException(nameof(timeoutSeconds));
            }

            _timeoutSeconds = timeoutSeconds;
            _lastKickSeconds = nowSeconds;
        }

        /// <summary>Longest time without a kick that is not a stall, s.</summary>
        public int TimeoutSeconds
        {
            get { return _timeoutSeconds; }
        }

        /// <summary>The loop made progress.</summary>
        /// <param name="nowSeconds">Uptime now, s.</param>
        public void Kick(int nowSeconds)
        {
            _lastKickSeconds = nowSeconds;
        }

        /// <summary>True when the last kick is more than <see cref="TimeoutSeconds"/> old.</summary>
        /// <param name="nowSeconds">Uptime now, s.</param>
        /// <returns>Whether the loop is stalled.</returns>
        public bool IsStalled(int nowSeconds)
        {
            return nowSeconds - _lastKickSeconds > _timeoutSeconds;
        }
    }
}
