using System;

namespace WearableAI.Shared.Protocol
{
    /// <summary>What a device has, as bit flags in the Hello frame. Unknown bits are kept, not rejected.</summary>
    [Flags]
    public enum DeviceCapabilities : byte
    {
        /// <summary>No optional hardware.</summary>
        None = 0,

        /// <summary>A microphone (wake word and commands).</summary>
        Microphone = 0x01,

        /// <summary>An accelerometer/IMU (gestures, raise to speak).</summary>
        Imu = 0x02,

        /// <summary>A status LED.</summary>
        Led = 0x04,

        /// <summary>A vibration motor.</summary>
        Haptic = 0x08,

        /// <summary>A push button.</summary>
        Button = 0x10,

        /// <summary>A display.</summary>
        Display = 0x20,
    }
}
