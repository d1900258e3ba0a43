using System;
using System.Device.Gpio;
using System.IO;
using System.Threading;
using nanoFramework.Hardware.Esp32;
using nanoFramework.Runtime.Native;
using WearableAI.Esp32S3.Board;
using WearableAI.Firmware;
using WearableAI.Firmware.Common;
using WearableAI.Firmware.Hardware;
using WearableAI.Kernels;

namespace WearableAI.Esp32S3
{
    /// <summary>
    /// Boots the LilyGO T-Watch S3: power rails, sensors, config, the hub link on its own thread, a
    /// watchdog, then <see cref="Watch.Step"/> for ever. Nothing here waits for the network: the watch
    /// listens from the first second and queues its events until the hub is reachable.
    /// </summary>
    public static class Program
    {
        /// <summary>The device's settings file (README.md, "Config file").</summary>
        public const string ConfigPath = "I:\\wai.config";

        /// <summary>A main loop without a turn for this long is stalled: the watchdog reboots.</summary>
        public const int LoopStallSeconds = 20;

        /// <summary>A network thread without a turn for this long (longer than M2Mqtt's 30 s connect and the Wi-Fi timeout) is stalled.</summary>
        public const int NetworkStallSeconds = 120;

        /// <summary>At or below this charge, and not charging, the watch goes to deep sleep until the power key wakes it.</summary>
        public const int SleepAtBatteryPercent = 3;

        private static StallWatchdog? _loopWatchdog;
        private static StallWatchdog? _networkWatchdog;
        private static M2MqttLink? _link;
        private static Timer? _watchdogTimer;
        private static int _freeMemoryCountdown;

        /// <summary>Entry point.</summary>
        public static void Main()
        {
            BoardLog.Line("boot, woken by " + Sleep.GetWakeupCause().ToString());
            Configuration.SetPinFunction(WatchPins.SensorData, DeviceFunction.I2C1_DATA);
            Configuration.SetPinFunction(WatchPins.SensorClock, DeviceFunction.I2C1_CLOCK);
            Configuration.SetPinFunction(WatchPins.MicrophoneClock, DeviceFunction.I2S1_WS);
            Configuration.SetPinFunction(WatchPins.MicrophoneData, DeviceFunction.I2S1_MDATA_IN);

            Axp2101Power power = new Axp2101Power(WatchPins.SensorBus, WatchPins.PowerAddress);
            GpioController gpio = new GpioController();
            WatchIndicator indicator = new WatchIndicator(gpio, WatchPins.Backlight, Haptics());
            WatchConfig config = ReadConfig(indicator);

            WatchSettings settings = new WatchSettings();
            settings.Identity.DeviceId = config.DeviceId;
            settings.Identity.BoardName = "esp32s3-twatch";
            // The native kernels when this image has them (firmware/esp32s3/README.md), else the C# reference: same results,
            // but only the native path fits the watch's interpreter budget (firmware/README.md, "Native kernels").
            settings.Listening.Kernels = NativeKernels.TryCreate();
            BoardLog.Line(settings.Listening.Kernels == null ? "kernels: C# (this image lacks WearableAI.Kernels)" : "kernels: native");
            SntpClock clock = new SntpClock();
            _link = new M2MqttLink(Endpoint(config));
            Watch watch = new Watch(
                new WatchHardware
                {
                    Audio = new PdmMicrophone(WatchPins.MicrophoneBus, settings.AudioChunkSamples, settings.AudioRingMs),
                    Accelerometer = new Bma423Accelerometer(WatchPins.SensorBus, WatchPins.AccelerometerAddress),
                    Indicator = indicator,
                    Button = power,
                    Clock = clock,
                    Link = _link,
                    ModelStore = new FlashModelStore("I:\\", settings.MaxModelBytes),
                },
                settings);

            if (config.ModelDigestCount > 0)
            {
                byte[][] pinned = new byte[config.ModelDigestCount][];
                System.Array.Copy(config.ModelDigests, pinned, pinned.Length);
                watch.Updater.Verifier = new WearableAI.Firmware.Updates.PinnedModelDigests(pinned);
            }

            int now = Seconds();
            _loopWatchdog = new StallWatchdog(LoopStallSeconds, now);
            _networkWatchdog = new StallWatchdog(NetworkStallSeconds, now);
            _watchdogTimer = new Timer(CheckWatchdogs, null, 5000, 5000);
            _link.Start();
            BoardLog.Line(config.DeviceId + " listening, model v" + watch.Updater.ActiveVersion);

            int nextHousekeeping = 0;
            while (true)
            {
                // The microphone read waits for one chunk (32 ms) when the loop is ahead: that paces it.
                watch.Step();
                now = Seconds();
                _loopWatchdog.Kick(now);
                if (now >= nextHousekeeping)
                {
                    nextHousekeeping = now + 1;
                    Housekeeping(watch, power, indicator);
                }
            }
        }

        private static void Housekeeping(Watch watch, Axp2101Power power, WatchIndicator indicator)
        {
            power.Poll();
            watch.Link.BatteryPercent = power.BatteryPercent;
            if (_freeMemoryCountdown-- <= 0)
            {
                // GC.Run collects before it counts: once a minute, not every second.
                _freeMemoryCountdown = 60;
                watch.Link.FreeMemoryBytes = nanoFramework.Runtime.Native.GC.Run(false);
            }

            _networkWatchdog!.Kick(_link!.Network.LastProgressSeconds);
            if (power.BatteryPercent <= SleepAtBatteryPercent && !power.Charging)
            {
                BoardLog.Line("battery " + power.BatteryPercent + " %: deep sleep until the power key");
                indicator.Show(IndicatorPattern.Off);
                Sleep.EnableWakeupByPin(Sleep.WakeupGpioPin.Pin21, 0);
                Sleep.StartDeepSleep();
            }
        }

        private static void CheckWatchdogs(object? state)
        {
            int now = Seconds();
            bool loop = _loopWatchdog != null && _loopWatchdog.IsStalled(now);
            bool network = _networkWatchdog != null && _networkWatchdog.IsStalled(now);
            if (loop || network)
            {
                BoardLog.Line((loop ? "main loop" : "network thread") + " stalled: rebooting");
                Power.RebootDevice();
            }
        }

        private static WatchConfig ReadConfig(WatchIndicator indicator)
        {
            while (true)
            {
                string? error;
                WatchConfig config = File.Exists(ConfigPath) ? WatchConfig.Parse(File.ReadAllBytes(ConfigPath), out error) : Missing(out error);
                if (error == null && config.BrokerTls && !File.Exists(config.BrokerCaPath))
                {
                    error = "broker.ca file not found";
                }

                if (error == null)
                {
                    return config;
                }

                // No sleep for ever: the file can be uploaded while the watch waits (nanoff --filedeployment).
                BoardLog.Line(error + "; checking again in 10 s");
                indicator.Show(IndicatorPattern.Offline);
                Thread.Sleep(10000);
            }
        }

        private static HubEndpoint Endpoint(WatchConfig config)
        {
            HubEndpoint hub = new HubEndpoint();
            hub.WifiSsid = config.WifiSsid;
            hub.WifiPassword = config.WifiPassword;
            hub.BrokerHost = config.BrokerHost;
            hub.BrokerPort = config.BrokerPort;
            hub.UseTls = config.BrokerTls;
            hub.CaCertificate = config.BrokerTls ? File.ReadAllBytes(config.BrokerCaPath) : null;
            hub.DeviceId = config.DeviceId;
            hub.DeviceSecret = config.DeviceSecret;
            hub.NtpServer = config.NtpServer;
            return hub;
        }

        private static Drv2605Haptics? Haptics()
        {
            try
            {
                return new Drv2605Haptics(WatchPins.SensorBus, WatchPins.HapticsAddress);
            }
            catch (Exception)
            {
                BoardLog.Line("DRV2605 not answering: no haptics");
                return null;
            }
        }

        private static WatchConfig Missing(out string? error)
        {
            error = ConfigPath + " not found: upload it (README.md)";
            return new WatchConfig();
        }

        private static int Seconds()
        {
            return (int)(HighResTimer.GetCurrent() / 1000000UL);
        }
    }
}
