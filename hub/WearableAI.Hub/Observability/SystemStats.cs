namespace WearableAI.Hub.Observability;

/// <summary>
/// Figures the System page shows that no store keeps: rejects counted by reason (and by device) and
/// a ring of the last <see cref="LatencyCapacity"/> inference latencies. The ingest and inference
/// stages call <see cref="RecordReject"/> and <see cref="RecordInferenceLatency"/>; publishing a
/// <c>Rejected</c> timeline entry does not count a reject by itself.
/// </summary>
/// <remarks>Thread-safe singleton; cheap enough to call for every frame (a lock and a few writes).</remarks>
public sealed class SystemStats
{
    /// <summary>Latency samples kept (oldest dropped first).</summary>
    public const int LatencyCapacity = 240;

    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly Dictionary<string, long> _rejects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, long>> _deviceRejects = new(StringComparer.Ordinal);
    private readonly LatencySample[] _latencies = new LatencySample[LatencyCapacity];
    private int _latencyNext;
    private int _latencyCount;

    /// <summary>Creates the stats; <see cref="Started"/> is now.</summary>
    public SystemStats(TimeProvider time)
    {
        _time = time;
        Started = time.GetUtcNow();
    }

    /// <summary>When the hub started counting (its start, as the app registers this at startup).</summary>
    public DateTimeOffset Started { get; }

    /// <summary>How long the hub has been up.</summary>
    public TimeSpan Uptime => _time.GetUtcNow() - Started;

    /// <summary>Counts one refused frame or message, e.g. reason <c>"bad-crc"</c>, <c>"rate-limit"</c>, <c>"low-score"</c>.</summary>
    public void RecordReject(string reason, string? deviceId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        lock (_gate)
        {
            _rejects[reason] = _rejects.GetValueOrDefault(reason) + 1;
            if (deviceId is not null)
            {
                if (!_deviceRejects.TryGetValue(deviceId, out Dictionary<string, long>? counts))
                {
                    counts = new Dictionary<string, long>(StringComparer.Ordinal);
                    _deviceRejects[deviceId] = counts;
                }

                counts[reason] = counts.GetValueOrDefault(reason) + 1;
            }
        }
    }

    /// <summary>Keeps one inference latency (the hub model's run for one frame).</summary>
    public void RecordInferenceLatency(TimeSpan latency, string? deviceId = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(latency, TimeSpan.Zero);
        lock (_gate)
        {
            _latencies[_latencyNext] = new LatencySample(_time.GetUtcNow(), latency.TotalMilliseconds, deviceId);
            _latencyNext = (_latencyNext + 1) % LatencyCapacity;
            _latencyCount = Math.Min(_latencyCount + 1, LatencyCapacity);
        }
    }

    /// <summary>Rejects by reason, for all devices or for one.</summary>
    public IReadOnlyDictionary<string, long> Rejects(string? deviceId = null)
    {
        lock (_gate)
        {
            Dictionary<string, long>? source = deviceId is null ? _rejects : _deviceRejects.GetValueOrDefault(deviceId);
            return source is null ? new Dictionary<string, long>() : new Dictionary<string, long>(source, StringComparer.Ordinal);
        }
    }

    /// <summary>The kept latency samples, oldest first, for all devices or for one.</summary>
    public IReadOnlyList<LatencySample> Latencies(string? deviceId = null)
    {
        lock (_gate)
        {
            var samples = new List<LatencySample>(_latencyCount);
            int first = (_latencyNext - _latencyCount + LatencyCapacity) % LatencyCapacity;
            for (int i = 0; i < _latencyCount; i++)
            {
                LatencySample sample = _latencies[(first + i) % LatencyCapacity];
                if (deviceId is null || sample.DeviceId == deviceId)
                {
                    samples.Add(sample);
                }
            }

            return samples;
        }
    }
}
