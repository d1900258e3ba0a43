#nullable disable
#pragma warning disable CS1591, CA1822, CA1024, CA1051, CA1711, CA1805, CA2231, CA1815, CA1066
// Signatures of nanoFramework.System.Device.Gpio (see README.md): declarations only.
namespace System.Device.Gpio
{
    public enum PinMode
    {
        Input = 0,
        Output = 1,
        InputPullUp = 2,
        InputPullDown = 3,
    }

    [Flags]
    public enum PinEventTypes
    {
        None = 0,
        Rising = 1,
        Falling = 2,
    }

    public struct PinValue
    {
        public static PinValue Low => throw null;
        public static PinValue High => throw null;
        public static bool operator ==(PinValue a, PinValue b) => throw null;
        public static bool operator !=(PinValue a, PinValue b) => throw null;
        public override bool Equals(object obj) => throw null;
        public override int GetHashCode() => throw null;
    }

    public class PinValueChangedEventArgs : EventArgs
    {
        public PinValueChangedEventArgs(PinEventTypes changeType, int pinNumber) { }
        public PinEventTypes ChangeType => throw null;
        public int PinNumber => throw null;
    }

    public delegate void PinValueChangedEventHandler(object sender, PinValueChangedEventArgs e);

    public sealed class GpioPin : IDisposable
    {
        public int PinNumber => throw null;
        public TimeSpan DebounceTimeout { get => throw null; set { } }
        public event PinValueChangedEventHandler ValueChanged { add { } remove { } }
        public PinValue Read() => throw null;
        public void Write(PinValue value) { }
        public void Dispose() { }
    }

    public class GpioController : IDisposable
    {
        public GpioController() { }
        public GpioPin OpenPin(int pinNumber, PinMode mode) => throw null;
        public void Dispose() { }
    }
}
