using System.Diagnostics.Metrics;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Observability;

/// <summary>
/// The frame pipeline's instruments, on the hub's meter (<see cref="HubMetrics.Meter"/>): events in,
/// rejects by reason, duplicates, rate-limit drops, inference latency and batch size, arbitration
/// outcomes, results and the end-to-end latency (event received → result published), receipts.
/// Rejects and inference latencies also go to <see cref="SystemStats"/>, which the hub app's System page shows.
/// Prometheus names: <c>wai_hub_events_received_total</c>, <c>wai_frames_rejected_total{reason}</c>, …
/// </summary>
public sealed class PipelineMetrics
{
    private readonly Counter<long> _events;
    private readonly Counter<long> _rejected;
    private readonly Counter<long> _duplicates;
    private readonly Counter<long> _rateLimited;
    private readonly Histogram<double> _inferenceMs;
    private readonly Histogram<long> _batchSize;
    private readonly Counter<long> _arbitration;
    private readonly Counter<long> _results;
    private readonly Histogram<double> _endToEndMs;
    private readonly Counter<long> _chunks;
    private readonly Counter<long> _receipts;
    private readonly SystemStats _stats;

    public PipelineMetrics(HubMetrics hub, SystemStats stats)
    {
        _stats = stats;
        Meter meter = hub.Meter;
        _events = meter.CreateCounter<long>("wai.hub.events.received", "{frame}", "Valid, new frames received from devices, by kind (rate = events/s)");
        _rejected = meter.CreateCounter<long>("wai.frames.rejected", "{frame}", "Frames refused by the decoder, by reason");
        _duplicates = meter.CreateCounter<long>("wai.hub.frames.duplicates", "{frame}", "Frames that came again (same device, sequence and CRC): QoS 1 redeliveries and the watches' re-sends");
        _rateLimited = meter.CreateCounter<long>("wai.hub.frames.rate_limited", "{frame}", "Frames dropped by the per-device rate limit");
        _inferenceMs = meter.CreateHistogram<double>("wai.hub.inference.duration", "ms", "Time from an inference request to its probabilities (queue + batch run)");
        _batchSize = meter.CreateHistogram<long>("wai.hub.inference.batch_size", "{request}", "Requests per ONNX Runtime run");
        _arbitration = meter.CreateCounter<long>("wai.hub.arbitration.outcomes", "{candidate}", "Wake candidates by arbitration outcome (solo, won, lost)");
        _results = meter.CreateCounter<long>("wai.hub.results.published", "{result}", "Results published to devices, by verdict");
        _endToEndMs = meter.CreateHistogram<double>("wai.hub.pipeline.latency", "ms", "Event received → result published");
        _chunks = meter.CreateCounter<long>("wai.hub.rollout.chunks", "{chunk}", "Model chunks sent to watches");
        _receipts = meter.CreateCounter<long>("wai.hub.receipts.sent", "{receipt}", "Receipts sent for stored events (Hello, Gesture, ModelAck, Error), again for a re-sent copy");
    }

    public void EventReceived(FrameKind kind) => _events.Add(1, new KeyValuePair<string, object?>("kind", kind.ToString()));

    /// <summary>Counts a rejected frame; <paramref name="reason"/> is a <see cref="FrameError"/> name or "BadTopic".</summary>
    public void Rejected(string reason, string? deviceId)
    {
        _rejected.Add(1, new KeyValuePair<string, object?>("reason", reason));
        _stats.RecordReject(reason, deviceId);
    }

    public void Duplicate() => _duplicates.Add(1);

    /// <summary>Counts a frame dropped by the per-device rate limit; the System page shows it as reason "RateLimit".</summary>
    public void RateLimited(string deviceId)
    {
        _rateLimited.Add(1);
        _stats.RecordReject("RateLimit", deviceId);
    }

    public void Inference(double milliseconds)
    {
        _inferenceMs.Record(milliseconds);
        _stats.RecordInferenceLatency(TimeSpan.FromMilliseconds(milliseconds));
    }

    public void Batch(int size) => _batchSize.Record(size);

    public void Arbitration(ArbitrationOutcome outcome) => _arbitration.Add(1, new KeyValuePair<string, object?>("outcome", outcome.ToString()));

    public void ResultPublished(Verdict verdict, double endToEndMs)
    {
        _results.Add(1, new KeyValuePair<string, object?>("verdict", verdict.ToString()));
        _endToEndMs.Record(endToEndMs);
    }

    public void ChunkSent() => _chunks.Add(1);

    public void ReceiptSent() => _receipts.Add(1);
}
