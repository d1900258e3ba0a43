using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace WearableAI.TestSupport.Hubs;

/// <summary>Sums the counters of one hub instance's meter and lets a test await a count.</summary>
public sealed class MetricProbe : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _totals = new();
    private readonly List<(string Key, long Target, TaskCompletionSource<long> Done)> _waiters = [];
    private readonly Lock _gate = new();

    /// <summary>Starts listening to every counter of <paramref name="meter"/>.</summary>
    public MetricProbe(Meter meter)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter, meter))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>(OnMeasurement);
        _listener.Start();
    }

    /// <summary>Total of a counter, optionally of one tag value (<c>name</c> or <c>name{tag=value}</c>).</summary>
    public long Total(string key) => _totals.GetValueOrDefault(key);

    /// <summary>Completes when the counter reaches <paramref name="target"/>.</summary>
    public Task<long> WaitForAsync(string key, long target = 1)
    {
        lock (_gate)
        {
            long now = Total(key);
            if (now >= target)
            {
                return Task.FromResult(now);
            }

            TaskCompletionSource<long> done = Signal.New<long>();
            _waiters.Add((key, target, done));
            return done.Task.Within();
        }
    }

    /// <summary>Stops listening.</summary>
    public void Dispose() => _listener.Dispose();

    private void OnMeasurement(Instrument instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        var keys = new List<string> { instrument.Name };
        foreach (KeyValuePair<string, object?> tag in tags)
        {
            keys.Add($"{instrument.Name}{{{tag.Key}={tag.Value}}}");
        }

        lock (_gate)
        {
            foreach (string key in keys)
            {
                long total = _totals.AddOrUpdate(key, value, (_, old) => old + value);
                foreach ((string Key, long Target, TaskCompletionSource<long> Done) waiter in _waiters.Where(w => w.Key == key && total >= w.Target).ToList())
                {
                    waiter.Done.TrySetResult(total);
                    _waiters.Remove(waiter);
                }
            }
        }
    }
}
