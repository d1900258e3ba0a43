using WearableAI.Firmware.Hardware;

namespace WearableAI.Firmware
{
    /// <summary>The seams one board provides to <see cref="Watch"/>. Plain data; the board owns the objects.</summary>
    public sealed class WatchHardware
    {
        /// <summary>Microphone (required).</summary>
        public IAudioSource? Audio;

        /// <summary>Accelerometer at 50 Hz, or null when the board has none.</summary>
        public IAccelerometer? Accelerometer;

        /// <summary>LED and vibration motor (required).</summary>
        public IIndicator? Indicator;

        /// <summary>Push-to-talk button, or null.</summary>
        public IButton? Button;

        /// <summary>Time (required).</summary>
        public IClock? Clock;

        /// <summary>Hub connection (required).</summary>
        public IMessageLink? Link;

        /// <summary>A/B model slots (required).</summary>
        public IModelStore? ModelStore;
    }
}
