using WearableAI.Shared.Protocol;

namespace WearableAI.Firmware.Link
{
    /// <summary>What the watch tells the hub about itself in every Hello frame. Plain data.</summary>
    public sealed class DeviceIdentity
    {
        /// <summary>The device id (1–32 of [a-z0-9_-]); also the MQTT client id and user name.</summary>
        public string DeviceId = "watch-1";

        /// <summary>Board name, e.g. "esp32s3-m5stickc" or "host".</summary>
        public string BoardName = "host";

        /// <summary>Firmware version string.</summary>
        public string FirmwareVersion = "0.2.0";

        /// <summary>Hardware the board has.</summary>
        public DeviceCapabilities Capabilities = DeviceCapabilities.Microphone | DeviceCapabilities.Imu | DeviceCapabilities.Led | DeviceCapabilities.Haptic | DeviceCapabilities.Button;

        /// <summary>Counted ops per second the device can spend (DESIGN.md: 500,000 while speech is present).</summary>
        public uint OpBudgetPerSecond = 500000;
    }
}
