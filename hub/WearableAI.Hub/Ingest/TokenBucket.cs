using System.Diagnostics;

namespace WearableAI.Hub.Ingest;

/// <summary>A token bucket: <c>burst</c> tokens, refilled at <c>ratePerSecond</c>. Thread-safe.</summary>
public sealed class TokenBucket(double ratePerSecond, int burst)
{
    private readonly Lock _gate = new();
    private double _tokens = burst;
    private long _last = Stopwatch.GetTimestamp();

    /// <summary>True (and one token spent) when a frame may pass now.</summary>
    public bool TryTake()
    {
        lock (_gate)
        {
            long now = Stopwatch.GetTimestamp();
            _tokens = Math.Min(burst, _tokens + (Stopwatch.GetElapsedTime(_last, now).TotalSeconds * ratePerSecond));
            _last = now;
            if (_tokens < 1)
            {
                return false;
            }

            _tokens--;
            return true;
        }
    }
}
