namespace WearableAI.HubLoad;

/// <summary>Everything one bench run measured (written as JSON with <c>--json</c>).</summary>
public sealed record BenchReport(
    DateTimeOffset Date,
    int ProcessorCount,
    string Machine,
    string Model,
    double SharedFraction,
    StepResult Hub,
    StepResult Echo,
    HubHistogram? HubHistogram,
    double RatioP50,
    double RatioP99,
    double BudgetP99Ms,
    bool BudgetPassed,
    IReadOnlyList<StepResult> Ramp,
    double MaxSustainedEventsPerSecond);
