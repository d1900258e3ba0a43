using WearableAI.Hub.Broker;
using WearableAI.Hub.Observability;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.ResultDelivery;

/// <summary>
/// The end-to-end receipt for an event that gets no Result of its own (docs/protocol.md, "Receipts"): once the hub has
/// handled and stored such an event, a Receipt frame naming its sequence goes (QoS 1) to the device's result topic. The
/// watch keeps the event and sends it again until the receipt comes, so an event a dying worker took from the broker
/// reaches a live one; the hub answers a copy it has stored with the receipt again.
/// </summary>
public sealed class EventReceipts(IHubBus bus, HubSequences sequences, PipelineMetrics metrics, TimeProvider clock)
{
    /// <summary>Tells <paramref name="deviceId"/> that its event <paramref name="sequence"/> was stored.</summary>
    public async Task SendAsync(string deviceId, uint sequence, CancellationToken cancellationToken)
    {
        var receipt = new ReceiptFrame
        {
            Sequence = sequences.Next(deviceId),
            TimestampMs = clock.GetUtcNow().ToUnixTimeMilliseconds(),
            ReplyToSequence = sequence,
        };
        await bus.PublishAsync(HubTopics.Result(deviceId), FrameCodec.ToArray(receipt), cancellationToken: cancellationToken).ConfigureAwait(false);
        metrics.ReceiptSent();
    }
}
