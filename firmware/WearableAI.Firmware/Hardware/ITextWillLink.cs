namespace WearableAI.Firmware.Hardware
{
    /// <summary>
    /// An <see cref="ILastWillLink"/> whose will travels as text: nanoFramework.M2Mqtt takes the
    /// will message as a <c>string</c> and sends its UTF-8 bytes, so only bytes below 0x80 arrive
    /// unchanged. The watch then encodes the will with <c>Link.SevenBitWill</c>, a valid binary
    /// frame whose every byte is below 0x80, and registers none when that is impossible.
    /// </summary>
    public interface ITextWillLink : ILastWillLink
    {
    }
}
