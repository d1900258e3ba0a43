#nullable disable
#pragma warning disable CS1591, CA1822, CA1008, CA1028, CA1027, CA1714, CA1720, CA1707
// Signatures of nanoFramework.System.Device.I2s (see README.md): declarations only.
namespace System.Device.I2s
{
    [Flags]
    public enum I2sMode
    {
        Master = 1,
        Slave = 2,
        Tx = 4,
        Rx = 8,
        DacBuiltIn = 16,
        AdcBuiltIn = 32,
        Pdm = 64,
    }

    public enum I2sBitsPerSample
    {
        Bit8 = 8,
        Bit16 = 16,
        Bit24 = 24,
        Bit32 = 32,
    }

    public enum I2sChannelFormat
    {
        RightLeft,
        AllRight,
        AllLeft,
        OnlyRight,
        OnlyLeft,
    }

    public enum I2sCommunicationFormat
    {
        I2S,
        Msb,
        PcmShort,
        PcmLong,
    }

    public sealed class I2sConnectionSettings
    {
        public I2sConnectionSettings(int busId) { }
        public int BusId { get => throw null; set { } }
        public I2sMode Mode { get => throw null; set { } }
        public int SampleRate { get => throw null; set { } }
        public int BufferSize { get => throw null; set { } }
        public I2sBitsPerSample BitsPerSample { get => throw null; set { } }
        public I2sChannelFormat ChannelFormat { get => throw null; set { } }
        public I2sCommunicationFormat CommunicationFormat { get => throw null; set { } }
    }

    public class I2sDevice : IDisposable
    {
        public I2sDevice(I2sConnectionSettings settings) { }
        public void Read(SpanByte buffer) { }
        public void Dispose() { }
    }
}
