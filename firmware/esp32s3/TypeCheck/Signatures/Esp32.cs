#nullable disable
#pragma warning disable CS1591, CA1822, CA1008, CA1707, CA1720
// Signatures of nanoFramework.Hardware.Esp32 (see README.md): declarations only; DeviceFunction lists the members the adapter uses.
namespace nanoFramework.Hardware.Esp32
{
    public enum DeviceFunction
    {
        I2C1_DATA,
        I2C1_CLOCK,
        I2S1_WS,
        I2S1_MDATA_IN,
    }

    public static class Configuration
    {
        public static void SetPinFunction(int gpioNumber, DeviceFunction function) { }
    }

    public enum EspNativeError
    {
        OK = 0,
    }

    public class Sleep
    {
        public enum WakeupCause
        {
            Undefined = 0,
            Ext0 = 2,
            Ext1,
            Timer,
            TouchPad,
        }

        public enum WakeupGpioPin : ulong
        {
            Pin21 = 1UL << 21,
        }

        public static EspNativeError EnableWakeupByPin(WakeupGpioPin pin, int level) => throw null;
        public static void StartDeepSleep() { }
        public static WakeupCause GetWakeupCause() => throw null;
    }

    public static class HighResTimer
    {
        public static ulong GetCurrent() => throw null;
    }
}
