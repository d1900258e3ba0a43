namespace WearableAI.Firmware.Hardware
{
    /// <summary>
    /// Optional second face of an <see cref="IMessageLink"/> that can register an MQTT last
    /// will: the payload the broker publishes (retained, on the status channel) when the watch
    /// vanishes. The watch sets it before every connection attempt (docs/protocol.md: the will is
    /// a Status frame with Online = false, encoded at connect time).
    /// </summary>
    public interface ILastWillLink
    {
        /// <summary>Copies the will payload; used by the next <see cref="IMessageLink.Connect"/>. A count of 0 means no will.</summary>
        /// <param name="payload">Status frame bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Length.</param>
        void SetLastWill(byte[] payload, int offset, int count);
    }
}
