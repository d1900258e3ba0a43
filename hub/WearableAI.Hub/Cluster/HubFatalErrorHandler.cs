using Orleans.Runtime;

namespace WearableAI.Hub.Cluster;

/// <summary>
/// What the hub does when its Orleans silo meets a fatal error — above all, being declared dead by the other workers
/// (a worker the CPU starved for longer than <see cref="HubSilo.DeathDetection"/> allows). Orleans' own handler ends
/// the process at once with <c>Environment.FailFast</c>: no log flushed, no goodbye to the broker, and in a process
/// that holds several hubs (the tests) every one of them gone. Here the hub logs why, and stops as on a shutdown
/// request with exit code <see cref="ExitCode"/>, so its supervisor starts it again as a new member.
/// </summary>
public sealed partial class HubFatalErrorHandler(IHostApplicationLifetime lifetime, ILogger<HubFatalErrorHandler> logger) : IFatalErrorHandler
{
    /// <summary>The hub's exit code after its silo was declared dead or failed.</summary>
    public const int ExitCode = 3;

    /// <inheritdoc />
    public bool IsUnexpected(Exception exception) => exception is not OperationCanceledException;

    /// <inheritdoc />
    public void OnFatalException(object? sender, string? context, Exception? exception)
    {
        LogFatal(logger, context ?? "(no context)", exception);
        Environment.ExitCode = ExitCode;
        lifetime.StopApplication();
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "The hub's Orleans silo failed ({Context}); this worker stops with exit code 3 and must be started again")]
    private static partial void LogFatal(ILogger logger, string context, Exception? exception);
}
