namespace WearableAI.Training.Eval;

/// <summary>The figures of one tier (teacher, hub, tiny float, tiny int8, cascade); null where they do not apply.</summary>
public sealed record TierReport
{
    /// <summary>Tier name.</summary>
    public required string Name { get; init; }

    /// <summary>Why the tier was skipped, or a remark on how it was measured.</summary>
    public string? Note { get; init; }

    /// <summary>Clip accuracy over the confusion matrix's labels, 0…1.</summary>
    public double? Accuracy { get; init; }

    /// <summary>Pooled (secondary): non-wake clips — the ten commands together with every unknown and silence clip — whose command window argmax equals the label, 0…1 (hub-style tiers). Hides command misses behind the many unknown clips; see <see cref="CommandAccuracyMean"/>.</summary>
    public double? CommandAccuracy { get; init; }

    /// <summary>The headline command figure: per command word, its clips decided as that word at the operating point (not taken as wake, command window argmax = the word), averaged over the commands, 0…1.</summary>
    public double? CommandAccuracyMean { get; init; }

    /// <summary>Per command word, the share of its clips recognised (as in <see cref="CommandAccuracyMean"/>).</summary>
    public IReadOnlyDictionary<string, double>? CommandAccuracyPerCommand { get; init; }

    /// <summary>Forced choice among the commands only (argmax over the ten, as a closed-grammar recogniser answers), mean over the commands, 0…1 — the figure comparable with the peer's.</summary>
    public double? CommandAccuracyForcedChoice { get; init; }

    /// <summary>Unknown-word clips correctly rejected: neither accepted as wake nor decided as a command, 0…1.</summary>
    public double? UnknownRejected { get; init; }

    /// <summary>False accepts per hour over the held-out background recordings of each kind (speech, babble, music, ambient, noise, human).</summary>
    public IReadOnlyDictionary<string, double>? FalseAcceptsPerHourByKind { get; init; }

    /// <summary>False accepts on real human speech: background <c>human-*</c> recordings and clips of the <c>human</c> family.</summary>
    public HumanProbe? HumanProbe { get; init; }

    /// <summary>Every figure per engine family (from the clips' speaker ids, <see cref="EngineFamily"/>).</summary>
    public IReadOnlyList<GroupFigures>? Families { get; init; }

    /// <summary>Figures for clean and noisy clips, when the clip names mark noise; null otherwise.</summary>
    public IReadOnlyList<GroupFigures>? Conditions { get; init; }

    /// <summary>Wake clips not accepted at the operating threshold, 0…1.</summary>
    public double? WakeMissRate { get; init; }

    /// <summary>Accepts per hour over every negative stream (background and negative clips) at the operating threshold.</summary>
    public double? FalseAcceptsPerHour { get; init; }

    /// <summary>Accepts per hour over the held-out background recordings only.</summary>
    public double? FalseAcceptsPerHourBackground { get; init; }

    /// <summary>Accepts per hour over the negative clips concatenated only.</summary>
    public double? FalseAcceptsPerHourNegativeClips { get; init; }

    /// <summary>Cascade: the wake miss rate as measured before — each wake clip's own centred window, verified when the clip alone (from a reset runner) triggered the tiny model. Not the budget figure.</summary>
    public double? ClipCentredWakeMissRate { get; init; }

    /// <summary>Cascade: false accepts per hour as measured before — windows ending at the trigger frame, no post-roll. Not the budget figure.</summary>
    public double? ClipCentredFalseAcceptsPerHour { get; init; }

    /// <summary>The operating threshold.</summary>
    public double? Threshold { get; init; }

    /// <summary>Row/column labels of <see cref="Confusion"/>.</summary>
    public IReadOnlyList<string>? ConfusionLabels { get; init; }

    /// <summary>Counts: row = true label, column = predicted.</summary>
    public int[][]? Confusion { get; init; }

    /// <summary>The DET curve, thresholds ascending.</summary>
    public IReadOnlyList<DetPoint>? Det { get; init; }

    /// <summary>Tiny: parameter bytes of the blob's layers.</summary>
    public long? WeightsBytes { get; init; }

    /// <summary>Tiny: working buffer bytes of the runner.</summary>
    public long? WorkingBytes { get; init; }

    /// <summary>Tiny: front end + model ops per second of speech, counted by the kernels.</summary>
    public double? OpsPerSecondSpeech { get; init; }

    /// <summary>Tiny: voice-activity gate ops per second of audio.</summary>
    public double? OpsPerSecondIdle { get; init; }

    /// <summary>Tiny: how the idle figure was obtained.</summary>
    public string? OpsPerSecondIdleSource { get; init; }

    /// <summary>Tiny: float accuracy minus int8 accuracy, percentage points.</summary>
    public double? QuantizationAccuracyDrop { get; init; }

    /// <summary>Tiny: where the quantisation drop comes from.</summary>
    public string? QuantizationAccuracyDropSource { get; init; }

    /// <summary>Hub: size of the ONNX file.</summary>
    public long? OnnxBytes { get; init; }
}
