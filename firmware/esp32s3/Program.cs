using System.Device.Gpio;
using System.Diagnostics;
using System.IO;
using System.Threading;
using nanoFramework.Hardware.Esp32;
using nanoFramework.Networking;
using WearableAI.Esp32S3.Board;
using WearableAI.Firmware;

namespace WearableAI.Esp32S3
{
    /// <summary>Boots the watch: config from flash, Wi-Fi, SNTP, the board's seams, then <see cref="Watch.Step"/> for ever.</summary>
    public static class Program
    {
        /// <summary>The device's settings file (README.md, "Config file").</summary>
        public const string ConfigPath = "I:\\wai.config";

        /// <summary>Entry point.</summary>
        public static void Main()
        {
            GpioController gpio = new GpioController();
            GpioIndicator indicator = new GpioIndicator(gpio, WatchPins.Led, WatchPins.LedActiveLow, WatchPins.Motor);
            string? error;
            WatchConfig config = File.Exists(ConfigPath) ? WatchConfig.Parse(File.ReadAllBytes(ConfigPath), out error) : Missing(out error);
            if (error != null || !WifiNetworkHelper.ConnectDhcp(config.WifiSsid, config.WifiPassword, requiresDateTime: false))
            {
                Debug.WriteLine("wai: " + (error ?? "Wi-Fi connection to '" + config.WifiSsid + "' failed"));
                indicator.Show(WearableAI.Firmware.Hardware.IndicatorPattern.Offline);
                Thread.Sleep(Timeout.Infinite);
            }

            Sntp.Server1 = config.NtpServer;
            Sntp.Start();
            Configuration.SetPinFunction(WatchPins.MicrophoneClock, DeviceFunction.I2S1_WS);
            Configuration.SetPinFunction(WatchPins.MicrophoneData, DeviceFunction.I2S1_MDATA_IN);
            Configuration.SetPinFunction(WatchPins.ImuData, DeviceFunction.I2C1_DATA);
            Configuration.SetPinFunction(WatchPins.ImuClock, DeviceFunction.I2C1_CLOCK);

            WatchSettings settings = new WatchSettings();
            settings.Identity.DeviceId = config.DeviceId;
            settings.Identity.BoardName = "esp32s3";
            SntpClock clock = new SntpClock();
            Watch watch = new Watch(
                new WatchHardware
                {
                    Audio = new I2sMicrophone(WatchPins.MicrophoneBus, settings.AudioChunkSamples),
                    Accelerometer = new Mpu6886Accelerometer(WatchPins.ImuBus, clock),
                    Indicator = indicator,
                    Button = new GpioButton(gpio, WatchPins.Button),
                    Clock = clock,
                    Link = new M2MqttLink(config.BrokerHost, config.BrokerPort, config.DeviceId, config.DeviceSecret),
                    ModelStore = new FlashModelStore("I:\\", settings.MaxModelBytes),
                },
                settings);
            Debug.WriteLine("wai: " + config.DeviceId + " running, model v" + watch.Updater.ActiveVersion);
            while (true)
            {
                // The microphone read blocks for one chunk (32 ms), which paces the loop.
                watch.Step();
            }
        }

        private static WatchConfig Missing(out string? error)
        {
            error = ConfigPath + " not found: upload it (README.md)";
            return new WatchConfig();
        }
    }
}
