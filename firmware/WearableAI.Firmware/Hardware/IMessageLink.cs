namespace WearableAI.Firmware.Hardware
{
    /// <summary>
    /// The connection to the hub (MQTT on the watch, in-memory in tests): publish bytes to a
    /// channel, poll for received messages. Payloads are the binary frames of
    /// <c>WearableAI.Shared</c>; the link neither parses nor allocates per message.
    /// </summary>
    public interface IMessageLink
    {
        /// <summary>True while the link is connected to the hub's broker.</summary>
        bool IsConnected { get; }

        /// <summary>One connection attempt; returns at once on failure. The caller paces retries (see <c>Link.Backoff</c>).</summary>
        /// <returns>True when connected afterwards.</returns>
        bool Connect();

        /// <summary>Publishes <paramref name="count"/> bytes of <paramref name="payload"/> to <paramref name="channel"/>.</summary>
        /// <param name="channel">Where the message goes.</param>
        /// <param name="payload">Message bytes; copied before the call returns.</param>
        /// <param name="offset">First byte to send.</param>
        /// <param name="count">Number of bytes to send.</param>
        /// <returns>True when the link accepted the message; false when disconnected or the send failed.</returns>
        bool Publish(LinkChannel channel, byte[] payload, int offset, int count);

        /// <summary>
        /// Takes the oldest received message, copying it into <paramref name="buffer"/>.
        /// A message longer than the buffer's free space is discarded and reported as
        /// <see cref="LinkPoll.MessageTooLarge"/> (never truncated).
        /// </summary>
        /// <param name="buffer">Destination owned by the caller.</param>
        /// <param name="offset">First index of <paramref name="buffer"/> to write.</param>
        /// <param name="channel">The channel the message came from.</param>
        /// <returns>The message length, <see cref="LinkPoll.NothingReceived"/> or <see cref="LinkPoll.MessageTooLarge"/>.</returns>
        int Poll(byte[] buffer, int offset, out LinkChannel channel);
    }
}
