using Microsoft.Extensions.Options;
using WearableAI.Hub.Storage;
using WearableAI.Hub.Timeline;

namespace WearableAI.Hub.Presence;

/// <summary>
/// Every <see cref="PresenceOptions.CheckPeriodSeconds"/> (on the injected <see cref="TimeProvider"/>), marks
/// offline every online device that sent nothing for <see cref="PresenceOptions.Timeout"/>: the registry says
/// offline with reason "heartbeat timeout", and the timeline shows it like a last will. The device's next
/// Hello or Status brings it back online.
/// </summary>
public sealed partial class HeartbeatTimeoutService(
    PresenceStore presence,
    DeviceActivity activity,
    HubDatabase database,
    TimelineFeed timeline,
    IOptions<PresenceOptions> options,
    TimeProvider clock,
    ILogger<HeartbeatTimeoutService> logger) : BackgroundService
{
    /// <summary>The reason stored and shown for a device that went silent.</summary>
    public const string Reason = "heartbeat timeout";

    /// <summary>One pass: marks the silent devices offline; returns how many.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset now = clock.GetUtcNow();
        DateTimeOffset cutoff = now - options.Value.Timeout;
        int marked = 0;
        foreach (SilentDevice device in await presence.OnlineSilentSinceAsync(cutoff, cancellationToken).ConfigureAwait(false))
        {
            DateTimeOffset? lastFrame = await activity.LastFrameAsync(device.Id, cancellationToken).ConfigureAwait(false);
            if (lastFrame >= cutoff)
            {
                continue; // busy with other frames: alive
            }

            if (!await presence.MarkOfflineAsync(device.Id, device.LastSeen, Reason, cancellationToken).ConfigureAwait(false))
            {
                continue; // it spoke (or went offline) meanwhile
            }

            DateTimeOffset last = Max(device.LastSeen, lastFrame);
            double silentSeconds = Math.Round((now - last).TotalSeconds);
            marked++;
            LogTimedOut(device.Id, silentSeconds);
            timeline.Publish(TimelineKind.DeviceOffline, device.Id, device.Group, $"went offline: {Reason} (no frame for {silentSeconds:0} s)",
                new { reason = Reason, silentSeconds, timeoutSeconds = options.Value.Timeout.TotalSeconds });
        }

        return marked;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.CheckPeriodSeconds), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            if (!database.IsReady)
            {
                continue;
            }

            try
            {
                await SweepAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
            }
        }
    }

    private static DateTimeOffset Max(DateTimeOffset stored, DateTimeOffset? inMemory) => inMemory > stored ? inMemory.Value : stored;

    [LoggerMessage(Level = LogLevel.Information, Message = "Device {DeviceId} marked offline: heartbeat timeout (no frame for {Seconds} s)")]
    private partial void LogTimedOut(string deviceId, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Heartbeat timeout pass failed")]
    private partial void LogFailed(Exception exception);
}
