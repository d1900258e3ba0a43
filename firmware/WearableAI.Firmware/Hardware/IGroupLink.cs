namespace WearableAI.Firmware.Hardware
{
    /// <summary>
    /// Optional face of an <see cref="IMessageLink"/> that can follow a group's fan-out topic
    /// (<c>wai/v1/grp/&lt;groupId&gt;/result</c>, docs/protocol.md). Messages from it arrive on
    /// <see cref="LinkChannel.Group"/>. The watch calls it when a DeviceConfig names a group.
    /// </summary>
    public interface IGroupLink
    {
        /// <summary>
        /// Follows <paramref name="groupId"/>'s result topic from now on (subscribing at once when
        /// connected, and again after every reconnect) and stops following the previous group.
        /// </summary>
        /// <param name="groupId">A valid group id, or "" to follow none.</param>
        void JoinGroup(string groupId);
    }
}
