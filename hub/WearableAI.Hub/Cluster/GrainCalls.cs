using System.Diagnostics.Metrics;
using Orleans.Runtime;
using WearableAI.Hub.Observability;

namespace WearableAI.Hub.Cluster;

/// <summary>
/// Calls a grain and, while a dead worker is being detected, calls it again: until membership declares the worker
/// dead (<see cref="HubSilo.DeathDetection"/>, a few seconds), calls to the grains it held fail with a
/// <see cref="SiloUnavailableException"/> or a connection failure; afterwards the same call activates the grain on
/// a live worker. Bounded: tries for <see cref="GiveUpAfter"/>, then the failure goes to the caller. Each retry is
/// counted (<c>wai.hub.grain_calls.retried</c>) and logged.
/// </summary>
public sealed partial class GrainCalls
{
    /// <summary>How long a call keeps being retried: more than membership needs to declare a worker dead.</summary>
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(20);

    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(1);

    private readonly Counter<long> _retried;
    // Real time, not the hub's clock: detecting a dead worker takes real seconds, also in tests with a manual clock.
    private readonly TimeProvider _clock = TimeProvider.System;
    private readonly ILogger<GrainCalls> _logger;

    public GrainCalls(HubMetrics metrics, ILogger<GrainCalls> logger)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        _retried = metrics.Meter.CreateCounter<long>("wai.hub.grain_calls.retried", "{call}", "Grain calls tried again while a dead hub worker was being detected");
        _logger = logger;
    }

    /// <summary>Runs <paramref name="call"/>, again while it fails for a worker that is gone.</summary>
    /// <param name="what">What the call does, for the log ("arbitration round of group kitchen").</param>
    /// <param name="call">The grain call.</param>
    /// <param name="cancellationToken">Stops retrying.</param>
    public async Task<T> RunAsync<T>(string what, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        long started = _clock.GetTimestamp();
        TimeSpan pause = FirstPause;
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return await call().ConfigureAwait(false);
            }
            catch (Exception e) when (IsWorkerGone(e) && _clock.GetElapsedTime(started) < GiveUpAfter && !cancellationToken.IsCancellationRequested)
            {
                _retried.Add(1);
                LogRetry(what, attempt, e.GetType().Name, e.Message);
                await Task.Delay(pause, _clock, cancellationToken).ConfigureAwait(false);
                pause = TimeSpan.FromTicks(Math.Min(LongestPause.Ticks, pause.Ticks * 2));
            }
        }
    }

    /// <summary>A failure that a call to a live worker cures: the worker holding the grain is unreachable or was declared dead.</summary>
    private static bool IsWorkerGone(Exception e) =>
        e is OrleansMessageRejectionException or Orleans.Runtime.Messaging.ConnectionFailedException or TimeoutException
        || (e is OrleansException && e.InnerException is { } inner && IsWorkerGone(inner));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Grain call for the {What} failed (try {Attempt}: {Error}, {Message}); a hub worker is gone, trying again")]
    private partial void LogRetry(string what, int attempt, string error, string message);
}
