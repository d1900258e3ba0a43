namespace WearableAI.Training.Eval;

/// <summary>The DESIGN.md budgets that <c>wai eval</c> measures, each next to its figure.</summary>
public static class Budgets
{
    /// <summary>The cascade's false accepts per hour of speech and noise (DESIGN.md); training chooses the hub's wake threshold for it.</summary>
    public const double CascadeFalseAcceptsPerHour = 0.5;

    /// <summary>The cascade's wake misses on clean speech, 0…1 (the "What must be shown": ≤ 5 %).</summary>
    public const double CascadeWakeMissRateClean = 0.05;

    /// <summary>The cascade's wake misses on noisy speech (0–20 dB), 0…1 (≤ 15 %).</summary>
    public const double CascadeWakeMissRateNoisy = 0.15;

    /// <summary>The ten commands recognised on clean speech, mean over the commands, 0…1 (≥ 95 %).</summary>
    public const double CommandAccuracyClean = 0.95;

    /// <summary>The ten commands recognised on noisy speech, mean over the commands, 0…1 (≥ 85 %).</summary>
    public const double CommandAccuracyNoisy = 0.85;

    /// <summary>Checks every measured figure against its budget.</summary>
    public static IReadOnlyList<BudgetCheck> Check(TierReport hub, TierReport? tiny, TierReport? cascade)
    {
        ArgumentNullException.ThrowIfNull(hub);
        return
        [
            new("cascade.wake_miss_rate", cascade?.WakeMissRate * 100, CascadeWakeMissRateClean * 100, "% of wake clips", AtMost: true),
            new("cascade.wake_miss_rate.clean", Condition(cascade, EngineFamily.Clean)?.WakeMissRate * 100, CascadeWakeMissRateClean * 100, "% of clean wake clips", AtMost: true),
            new("cascade.wake_miss_rate.noisy", Condition(cascade, EngineFamily.Noisy)?.WakeMissRate * 100, CascadeWakeMissRateNoisy * 100, "% of noisy wake clips", AtMost: true),
            new("cascade.false_accepts_per_hour", cascade?.FalseAcceptsPerHour, CascadeFalseAcceptsPerHour, "per hour", AtMost: true),
            new("hub.command_accuracy_mean", hub.CommandAccuracyMean * 100, CommandAccuracyClean * 100, "% (mean over the commands)", AtMost: false),
            new("hub.command_accuracy_mean.clean", Condition(hub, EngineFamily.Clean)?.CommandAccuracyMean * 100, CommandAccuracyClean * 100, "% (clean, mean over the commands)", AtMost: false),
            new("hub.command_accuracy_mean.noisy", Condition(hub, EngineFamily.Noisy)?.CommandAccuracyMean * 100, CommandAccuracyNoisy * 100, "% (noisy, mean over the commands)", AtMost: false),
            new("hub.onnx_bytes", hub.OnnxBytes, 2 * 1024 * 1024, "bytes", AtMost: true),
            new("tiny.weights_bytes", tiny?.WeightsBytes, 16 * 1024, "bytes", AtMost: true),
            new("tiny.working_bytes", tiny?.WorkingBytes, 24 * 1024, "bytes", AtMost: true),
            new("tiny.ops_per_second_speech", tiny?.OpsPerSecondSpeech, 500_000, "ops/s", AtMost: true),
            new("tiny.ops_per_second_idle", tiny?.OpsPerSecondIdle, 50_000, "ops/s", AtMost: true),
            new("tiny.quantization_accuracy_drop", tiny?.QuantizationAccuracyDrop, 1, "points", AtMost: true),
        ];
    }

    private static GroupFigures? Condition(TierReport? tier, string name) => tier?.Conditions?.FirstOrDefault(c => c.Name == name);
}
