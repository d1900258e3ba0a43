namespace WearableAI.HubLoad;

/// <summary>What one closed-loop saturation run measured (<see cref="LoadGenerator.RunSaturatedAsync"/>), device side.</summary>
/// <param name="Target">What was driven.</param>
/// <param name="Devices">Devices, each with one candidate outstanding.</param>
/// <param name="Seconds">The measured window.</param>
/// <param name="Sent">Candidates sent.</param>
/// <param name="Completed">Candidates answered (inside the window or just after it).</param>
/// <param name="GivenUp">Candidates never answered within the give-up time, re-sends included: lost.</param>
/// <param name="Resent">Candidates sent again for want of a result.</param>
/// <param name="Duplicates">Results for a candidate already answered (or given up): a re-send's repeat, or a double.</param>
/// <param name="Errors">Publish failures and undecodable results.</param>
/// <param name="CompletedPerSecond">Results that arrived inside the window, per second.</param>
/// <param name="Latency">Publish → result, ms.</param>
/// <param name="LongestGapSeconds">The longest time inside the window without any result (a stall).</param>
public sealed record SaturationStep(
    string Target,
    int Devices,
    double Seconds,
    long Sent,
    long Completed,
    long GivenUp,
    long Resent,
    long Duplicates,
    long Errors,
    double CompletedPerSecond,
    LatencySummary Latency,
    double LongestGapSeconds);
