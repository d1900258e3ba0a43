using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace WearableAI.Hub.Ingest;

/// <summary>One <see cref="TokenBucket"/> per device: a flooding device is throttled, the others are not affected.</summary>
public sealed class DeviceRateLimiter(IOptions<IngestOptions> options)
{
    private readonly ConcurrentDictionary<string, TokenBucket> _buckets = new();

    /// <summary>True when <paramref name="deviceId"/> may send another frame now.</summary>
    public bool TryAcquire(string deviceId) =>
        _buckets.GetOrAdd(deviceId, _ => new TokenBucket(options.Value.RateLimitPerSecond, options.Value.RateLimitBurst)).TryTake();
}
