namespace WearableAI.Training.Eval;

/// <summary>The DESIGN.md budgets that <c>wai eval</c> measures, each next to its figure.</summary>
public static class Budgets
{
    /// <summary>The cascade's false accepts per hour of speech and noise (DESIGN.md); training chooses the hub's wake threshold for it.</summary>
    public const double CascadeFalseAcceptsPerHour = 0.5;

    /// <summary>Checks every measured figure against its budget.</summary>
    public static IReadOnlyList<BudgetCheck> Check(TierReport hub, TierReport? tiny, TierReport? cascade)
    {
        ArgumentNullException.ThrowIfNull(hub);
        return
        [
            new("cascade.wake_miss_rate", cascade?.WakeMissRate * 100, 5, "% of wake clips", AtMost: true),
            new("cascade.false_accepts_per_hour", cascade?.FalseAcceptsPerHour, CascadeFalseAcceptsPerHour, "per hour", AtMost: true),
            new("hub.command_accuracy_mean", hub.CommandAccuracyMean * 100, 95, "% (mean over the commands)", AtMost: false),
            new("hub.onnx_bytes", hub.OnnxBytes, 2 * 1024 * 1024, "bytes", AtMost: true),
            new("tiny.weights_bytes", tiny?.WeightsBytes, 16 * 1024, "bytes", AtMost: true),
            new("tiny.working_bytes", tiny?.WorkingBytes, 24 * 1024, "bytes", AtMost: true),
            new("tiny.ops_per_second_speech", tiny?.OpsPerSecondSpeech, 500_000, "ops/s", AtMost: true),
            new("tiny.ops_per_second_idle", tiny?.OpsPerSecondIdle, 50_000, "ops/s", AtMost: true),
            new("tiny.quantization_accuracy_drop", tiny?.QuantizationAccuracyDrop, 1, "points", AtMost: true),
        ];
    }
}
