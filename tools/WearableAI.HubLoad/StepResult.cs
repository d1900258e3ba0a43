namespace WearableAI.HubLoad;

/// <summary>What one load step against one target measured (device side: publish → result received).</summary>
public sealed record StepResult(
    string Target,
    int Devices,
    double RatePerDevice,
    double Seconds,
    long Sent,
    long Results,
    long Lost,
    long Duplicates,
    long Errors,
    double EventsPerSecond,
    LatencySummary Latency)
{
    /// <summary>Every sent event got exactly one result and nothing failed.</summary>
    public bool Complete => Lost == 0 && Duplicates == 0 && Errors == 0 && Results == Sent;
}
