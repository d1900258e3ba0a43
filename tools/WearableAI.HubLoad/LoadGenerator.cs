using System.Diagnostics;

namespace WearableAI.HubLoad;

/// <summary>
/// N simulated watches on one broker: each publishes WakeCandidate frames (shared FrameCodec) at a rate and
/// times publish → the result for that sequence on its own result topic.
/// </summary>
public sealed class LoadGenerator : IAsyncDisposable
{
    public const int Bands = 32;
    public const int Frames = 48;

    private readonly List<Sender> _senders = [];
    private readonly sbyte[] _features = KeywordModelBuilder.WakePattern(Bands, Frames);

    public static async Task<LoadGenerator> ConnectAsync(int port, IReadOnlyList<BenchDevice> devices)
    {
        var load = new LoadGenerator();
        foreach (BenchDevice device in devices)
        {
            var sender = new Sender(device);
            await sender.ConnectAsync(port);
            load._senders.Add(sender);
        }

        return load;
    }

    /// <summary>Sends for <paramref name="seconds"/> at <paramref name="ratePerDevice"/>, then waits up to <paramref name="drainSeconds"/> for results.</summary>
    public async Task<StepResult> RunAsync(string target, double ratePerDevice, double seconds, double drainSeconds)
    {
        foreach (Sender sender in _senders)
        {
            sender.Reset();
        }

        var clock = Stopwatch.StartNew();
        TimeSpan period = TimeSpan.FromSeconds(1 / ratePerDevice);
        TimeSpan end = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(_senders.Select((sender, i) => sender.SendLoopAsync(_features, clock, period, end, period * i / _senders.Count)));
        double sendSeconds = Math.Max(clock.Elapsed.TotalSeconds, seconds); // the sends are spread over the whole window

        var drain = Stopwatch.StartNew();
        while (_senders.Any(s => !s.Pending.IsEmpty) && drain.Elapsed.TotalSeconds < drainSeconds)
        {
            await Task.Delay(20);
        }

        long sent = _senders.Sum(s => s.Sent);
        long results = _senders.Sum(s => s.Latencies.Count);
        var latencies = _senders.SelectMany(s => s.Latencies).ToList();
        return new StepResult(target, _senders.Count, ratePerDevice, Math.Round(sendSeconds, 2), sent, results,
            _senders.Sum(s => s.Pending.Count), _senders.Sum(s => s.Duplicates), _senders.Sum(s => s.Errors),
            Math.Round(results / sendSeconds, 1), LatencySummary.Of(latencies));
    }

    /// <summary>
    /// Saturation: every device keeps one candidate outstanding (closed loop) for <paramref name="seconds"/>; a candidate
    /// without a result is sent again every <paramref name="resendAfter"/>, at most <paramref name="resends"/> times (as the watch does), after <paramref name="giveUp"/>
    /// counted given up, and the device goes on. Completed/s counts the
    /// results that arrived inside the window.
    /// </summary>
    public async Task<SaturationStep> RunSaturatedAsync(string target, double seconds, TimeSpan resendAfter, int resends, TimeSpan giveUp)
    {
        foreach (Sender sender in _senders)
        {
            sender.Reset();
        }

        var clock = Stopwatch.StartNew();
        long start = Stopwatch.GetTimestamp();
        TimeSpan end = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(_senders.Select(sender => sender.SendClosedLoopAsync(_features, clock, end, resendAfter, resends, giveUp)));
        long windowEnd = start + (long)(seconds * Stopwatch.Frequency);
        long[] answered = [.. _senders.SelectMany(s => s.Answered).Order()];
        long inWindow = answered.Count(t => t <= windowEnd);
        double longestGap = 0;
        long previous = start;
        foreach (long t in answered.Where(t => t <= windowEnd).Append(windowEnd))
        {
            longestGap = Math.Max(longestGap, Stopwatch.GetElapsedTime(previous, t).TotalSeconds);
            previous = t;
        }

        var latencies = _senders.SelectMany(s => s.Latencies).ToList();
        return new SaturationStep(target, _senders.Count, Math.Round(seconds, 2), _senders.Sum(s => s.Sent), answered.Length,
            _senders.Sum(s => s.GivenUp), _senders.Sum(s => s.Resent), _senders.Sum(s => s.Duplicates), _senders.Sum(s => s.Errors),
            Math.Round(inWindow / seconds, 1), LatencySummary.Of(latencies), Math.Round(longestGap, 3));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (Sender sender in _senders)
        {
            await sender.DisposeAsync();
        }
    }
}
