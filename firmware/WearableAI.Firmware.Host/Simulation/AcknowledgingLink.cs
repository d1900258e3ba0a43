using WearableAI.Firmware.Hardware;

namespace WearableAI.Firmware.Host.Simulation;

/// <summary>
/// A hub link in memory that confirms later, the way nanoFramework.M2Mqtt does: a tracked publish
/// only enters the client's in-flight queue and returns its message id; the broker's PUBACK (a
/// test calls <see cref="AcknowledgeOldest"/> or <see cref="AcknowledgeAll"/>) produces the
/// receipt, and so does the client giving up on a message (<see cref="GiveUpOldest"/>). A lost
/// connection loses what was not acknowledged. Not thread-safe; one test drives it.
/// </summary>
public sealed class AcknowledgingLink : IMessageLink, IDeliveryReceipts
{
    private readonly List<(int Id, LinkMessage Message)> _unacknowledged = [];
    private readonly Queue<(int Id, bool Delivered)> _receipts = new();
    private int _lastId;

    /// <summary>Whether the next <see cref="Connect"/> attempts succeed.</summary>
    public bool HubReachable { get; set; } = true;

    /// <summary>What the broker acknowledged, oldest first (what the hub received).</summary>
    public List<LinkMessage> Delivered { get; } = [];

    /// <summary>Messages handed to the client and not yet acknowledged.</summary>
    public int Unacknowledged => _unacknowledged.Count;

    /// <summary>The most messages that were ever unacknowledged at once.</summary>
    public int MostUnacknowledged { get; private set; }

    /// <summary>Messages published directly (Status, Hello, Heartbeat).</summary>
    public List<LinkMessage> PublishedDirect { get; } = [];

    /// <inheritdoc/>
    public bool IsConnected { get; private set; }

    /// <summary>Connect() only asks a network thread for an attempt and returns false (the ESP32-S3's M2MqttLink); <see cref="CompleteBackgroundConnect"/> finishes it.</summary>
    public bool ConnectsInBackground { get; set; }

    /// <summary>Attempts asked for since the last completed one (background mode).</summary>
    public int PendingAttempts { get; private set; }

    /// <inheritdoc/>
    public bool Connect()
    {
        if (ConnectsInBackground)
        {
            PendingAttempts++;
            return false;
        }

        IsConnected = HubReachable;
        return IsConnected;
    }

    /// <summary>The network thread's attempt succeeds (when the hub is reachable).</summary>
    public void CompleteBackgroundConnect()
    {
        PendingAttempts = 0;
        IsConnected = HubReachable;
    }

    /// <summary>The connection drops: what was not acknowledged is lost with the session.</summary>
    public void Disconnect()
    {
        IsConnected = false;
        _unacknowledged.Clear();
        _receipts.Clear();
    }

    /// <inheritdoc/>
    public bool Publish(LinkChannel channel, byte[] payload, int offset, int count)
    {
        if (!IsConnected)
        {
            return false;
        }

        PublishedDirect.Add(new LinkMessage(channel, payload.AsSpan(offset, count).ToArray()));
        return true;
    }

    /// <inheritdoc/>
    public int PublishTracked(LinkChannel channel, byte[] payload, int offset, int count)
    {
        if (!IsConnected)
        {
            return 0;
        }

        _lastId = _lastId == ushort.MaxValue ? 1 : _lastId + 1;
        _unacknowledged.Add((_lastId, new LinkMessage(channel, payload.AsSpan(offset, count).ToArray())));
        MostUnacknowledged = Math.Max(MostUnacknowledged, _unacknowledged.Count);
        return _lastId;
    }

    /// <inheritdoc/>
    public int TakeReceipt(out bool delivered)
    {
        delivered = false;
        if (!_receipts.TryDequeue(out (int Id, bool Delivered) receipt))
        {
            return 0;
        }

        delivered = receipt.Delivered;
        return receipt.Id;
    }

    /// <summary>The broker acknowledges the message at <paramref name="index"/> of the unacknowledged ones (0 = oldest).</summary>
    /// <param name="index">Which one.</param>
    public void Acknowledge(int index)
    {
        (int id, LinkMessage message) = _unacknowledged[index];
        _unacknowledged.RemoveAt(index);
        Delivered.Add(message);
        _receipts.Enqueue((id, true));
    }

    /// <summary>The broker acknowledges the oldest unacknowledged message.</summary>
    public void AcknowledgeOldest() => Acknowledge(0);

    /// <summary>The broker acknowledges everything the client holds.</summary>
    public void AcknowledgeAll()
    {
        while (_unacknowledged.Count > 0)
        {
            Acknowledge(0);
        }
    }

    /// <summary>The client gives up on its oldest message after its retries (M2Mqtt: <c>IsPublished = false</c>).</summary>
    public void GiveUpOldest()
    {
        (int id, _) = _unacknowledged[0];
        _unacknowledged.RemoveAt(0);
        _receipts.Enqueue((id, false));
    }

    /// <inheritdoc/>
    public int Poll(byte[] buffer, int offset, out LinkChannel channel)
    {
        channel = LinkChannel.Result;
        return LinkPoll.NothingReceived;
    }
}
