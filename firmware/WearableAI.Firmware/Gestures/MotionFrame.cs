namespace WearableAI.Firmware.Gestures
{
    /// <summary>
    /// One accelerometer sample and the quantities every gesture rule needs, computed once per
    /// sample by <see cref="MotionTracker"/>. A single instance is reused for every sample;
    /// fields (not properties) keep the per-sample path cheap on the nanoFramework interpreter.
    /// </summary>
    public sealed class MotionFrame
    {
        /// <summary>Sample number since start (0, 1, 2, …).</summary>
        public long Index;

        /// <summary>Accelerometer time of the sample, in ms since start.</summary>
        public long TimeMs;

        /// <summary>Raw acceleration, milli-g.</summary>
        public int X;

        /// <summary>Raw acceleration, milli-g.</summary>
        public int Y;

        /// <summary>Raw acceleration, milli-g.</summary>
        public int Z;

        /// <summary>|a|², milli-g squared (the rules compare it with squared thresholds).</summary>
        public uint MagnitudeSquared;

        /// <summary>Gravity estimate (integer low-pass of the raw acceleration), milli-g.</summary>
        public int GravityX;

        /// <summary>Gravity estimate, milli-g.</summary>
        public int GravityY;

        /// <summary>Gravity estimate, milli-g. Near +1000 when the screen faces up.</summary>
        public int GravityZ;

        /// <summary>Motion with gravity removed (raw − gravity estimate), milli-g.</summary>
        public int DynamicX;

        /// <summary>Motion with gravity removed, milli-g.</summary>
        public int DynamicY;

        /// <summary>Motion with gravity removed, milli-g.</summary>
        public int DynamicZ;

        /// <summary>|raw − gravity|², milli-g squared (each component clamped to int16 first).</summary>
        public uint DynamicMagnitudeSquared;

        /// <summary>|Δx| + |Δy| + |Δz| against the previous sample, milli-g per sample.</summary>
        public int Jerk;
    }
}
