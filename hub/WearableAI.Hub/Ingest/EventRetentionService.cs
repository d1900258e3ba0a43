using Microsoft.Extensions.Options;
using WearableAI.Hub.Storage;

namespace WearableAI.Hub.Ingest;

/// <summary>Deletes events older than <see cref="StorageOptions.EventRetentionDays"/> from the <c>events</c> table (<see cref="FrameLog"/>), at startup and then hourly.</summary>
public sealed partial class EventRetentionService(
    FrameLog events, HubDatabase database, IOptions<StorageOptions> options, TimeProvider clock, ILogger<EventRetentionService> logger) : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromHours(1);

    /// <summary>Runs one retention pass now; returns the number of events deleted.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset cutoff = clock.GetUtcNow() - TimeSpan.FromDays(options.Value.EventRetentionDays);
        int deleted = await events.DeleteBeforeAsync(cutoff, cancellationToken).ConfigureAwait(false);
        if (deleted > 0)
        {
            LogDeleted(deleted, cutoff);
        }

        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, clock);
        do
        {
            if (!database.IsReady)
            {
                continue;
            }

            try
            {
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention deleted {Count} events received before {Cutoff}")]
    private partial void LogDeleted(int count, DateTimeOffset cutoff);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention pass failed")]
    private partial void LogFailed(Exception exception);
}
