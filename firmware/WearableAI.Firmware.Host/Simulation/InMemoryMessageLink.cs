using WearableAI.Firmware.Hardware;
using WearableAI.Shared.Protocol;

namespace WearableAI.Firmware.Host.Simulation;

/// <summary>
/// A hub link in memory: records what the firmware publishes, delivers what a test injects,
/// and connects or fails on command. Not thread-safe; one test drives it.
/// </summary>
public sealed class InMemoryMessageLink : IMessageLink, IGroupLink
{
    private readonly Queue<LinkMessage> _inbox = new();

    /// <summary>Whether the next <see cref="Connect"/> attempts succeed (the hub is reachable).</summary>
    public bool HubReachable { get; set; } = true;

    /// <summary>
    /// Whether a published event that the hub receipts (<see cref="ReceiptFrame.IsReceipted"/>) is answered with a
    /// Receipt, as the hub does once it stored it (default true); false: a hub that never receipts (or always dies first).
    /// </summary>
    public bool SendsReceipts { get; set; } = true;

    /// <summary>Receipts sent (<see cref="SendsReceipts"/>).</summary>
    public int ReceiptsSent { get; private set; }

    /// <summary>Every message published while connected, oldest first.</summary>
    public List<LinkMessage> Published { get; } = [];

    /// <summary>Connection attempts so far.</summary>
    public int ConnectAttempts { get; private set; }

    /// <summary>Messages dropped by <see cref="Poll"/> because the caller's buffer was too small.</summary>
    public int TooLargeCount { get; private set; }

    /// <inheritdoc/>
    public bool IsConnected { get; private set; }

    /// <inheritdoc/>
    public bool Connect()
    {
        ConnectAttempts++;
        IsConnected = HubReachable;
        return IsConnected;
    }

    /// <summary>The group whose results the firmware follows ("" when none).</summary>
    public string JoinedGroup { get; private set; } = string.Empty;

    /// <inheritdoc/>
    public void JoinGroup(string groupId) => JoinedGroup = groupId;

    /// <summary>
    /// Delivers a fan-out message of <paramref name="groupId"/>, as a broker would: only when the
    /// firmware follows that group (and is connected).
    /// </summary>
    /// <param name="groupId">The group the hub fans out to.</param>
    /// <param name="payload">Its bytes (copied).</param>
    /// <returns>True when delivered.</returns>
    public bool DeliverToGroup(string groupId, byte[] payload)
    {
        if (!IsConnected || groupId.Length == 0 || groupId != JoinedGroup)
        {
            return false;
        }

        Deliver(LinkChannel.Group, payload);
        return true;
    }

    /// <summary>Drops the connection (broker gone, Wi-Fi lost).</summary>
    public void Disconnect() => IsConnected = false;

    /// <inheritdoc/>
    public bool Publish(LinkChannel channel, byte[] payload, int offset, int count)
    {
        if (!IsConnected)
        {
            return false;
        }

        Published.Add(new LinkMessage(channel, payload.AsSpan(offset, count).ToArray()));
        if (SendsReceipts && channel == LinkChannel.Event && FrameCodec.Decode(payload, offset, count, out Frame? frame) == FrameError.None
            && ReceiptFrame.IsReceipted(frame!.Kind))
        {
            var receipt = new ReceiptFrame { Sequence = (uint)++ReceiptsSent, ReplyToSequence = frame.Sequence };
            _inbox.Enqueue(new LinkMessage(LinkChannel.Result, FrameCodec.ToArray(receipt)));
        }

        return true;
    }

    /// <summary>Queues a message from the hub for the firmware to poll.</summary>
    /// <param name="channel">The channel it arrives on.</param>
    /// <param name="payload">Its bytes (copied).</param>
    public void Deliver(LinkChannel channel, byte[] payload) => _inbox.Enqueue(new LinkMessage(channel, (byte[])payload.Clone()));

    /// <inheritdoc/>
    public int Poll(byte[] buffer, int offset, out LinkChannel channel)
    {
        channel = LinkChannel.Result;
        if (!_inbox.TryDequeue(out LinkMessage? message))
        {
            return LinkPoll.NothingReceived;
        }

        channel = message.Channel;
        if (message.Payload.Length > buffer.Length - offset)
        {
            TooLargeCount++;
            return LinkPoll.MessageTooLarge;
        }

        message.Payload.CopyTo(buffer, offset);
        return message.Payload.Length;
    }
}
