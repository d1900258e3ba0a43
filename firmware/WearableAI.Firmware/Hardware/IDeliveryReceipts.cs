namespace WearableAI.Firmware.Hardware
{
    /// <summary>
    /// Optional face of an <see cref="IMessageLink"/> whose publish only hands the message to a
    /// client queue (nanoFramework.M2Mqtt: <c>Publish</c> returns a message id at once and raises
    /// <c>MqttMsgPublished</c> when the broker's PUBACK arrives). Through it the watch keeps an event
    /// in its offline queue until the broker confirms it, instead of dropping it once the client took it.
    /// </summary>
    /// <remarks>
    /// A link without this face confirms by returning true from <see cref="IMessageLink.Publish"/>
    /// (the host's MQTTnet link waits for the PUBACK there).
    /// </remarks>
    public interface IDeliveryReceipts
    {
        /// <summary>Hands a message to the client for delivery at least once.</summary>
        /// <param name="channel">Where the message goes.</param>
        /// <param name="payload">Message bytes; copied before the call returns.</param>
        /// <param name="offset">First byte to send.</param>
        /// <param name="count">Number of bytes to send.</param>
        /// <returns>A ticket (1..65535, the MQTT message id) that a later receipt names, or 0 when the client did not take it.</returns>
        int PublishTracked(LinkChannel channel, byte[] payload, int offset, int count);

        /// <summary>Takes the oldest receipt the broker (or the client giving up) produced.</summary>
        /// <param name="delivered">True when the broker acknowledged the message; false when the client gave up on it.</param>
        /// <returns>The ticket, or 0 when no receipt is waiting.</returns>
        int TakeReceipt(out bool delivered);
    }
}
