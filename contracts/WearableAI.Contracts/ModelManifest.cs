using System.Text.Json.Serialization;

namespace WearableAI.Contracts;

/// <summary>
/// <c>models/manifest.json</c>: what the hub needs to run <c>hub.onnx</c> and what the hub app shows about
/// the shipped models. Written by <c>wai ship</c>, read by the hub at startup and by <c>wai eval</c>, both
/// through <see cref="ModelManifestFile"/>. The full evaluation report is a file of its own beside it
/// (<see cref="ModelFiles.EvalReport"/>); the manifest keeps its headline figures (<see cref="Metrics"/>).
/// </summary>
/// <remarks>
/// Versioned by <see cref="SchemaVersion"/>: a reader refuses any other version with a message that says
/// what to do (<see cref="ModelManifestException"/>). Fields unknown to this version are ignored.
/// </remarks>
public sealed record ModelManifest
{
    /// <summary>The layout this code reads and writes. 1 was the untyped manifest with the eval report inside.</summary>
    public const int CurrentSchemaVersion = 2;

    /// <summary>The manifest layout (<see cref="CurrentSchemaVersion"/> when written by this code).</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The models' version, e.g. the training run's time stamp <c>20261207-051903</c>.</summary>
    public required string Version { get; init; }

    /// <summary>The spoken wake phrase, e.g. <c>hey nano</c>; null when the training did not say.</summary>
    public string? WakePhrase { get; init; }

    /// <summary>The wake phrase's label, one of <see cref="Vocabulary"/>.</summary>
    public required string WakeLabel { get; init; }

    /// <summary>The hub model's labels in the order of its output.</summary>
    public required IReadOnlyList<string> Vocabulary { get; init; }

    /// <summary>The hub's and the watch's decision thresholds.</summary>
    public required ModelThresholds Thresholds { get; init; }

    /// <summary>The front-end settings the models were trained on (features must match).</summary>
    public required ModelFrontEnd FrontEnd { get; init; }

    /// <summary>The feature windows the hub model was trained on; null when not recorded.</summary>
    public ModelWindows? Windows { get; init; }

    /// <summary>Multiplier from int8 features to the hub model's float input.</summary>
    public required double FeatureScale { get; init; }

    /// <summary>The hub model's ONNX input name, or null for its first input.</summary>
    public string? Input { get; init; }

    /// <summary>The hub model's ONNX output name, or null for <c>probabilities</c> or its last output.</summary>
    public string? Output { get; init; }

    /// <summary>The files beside the manifest.</summary>
    public required ModelFiles Files { get; init; }

    /// <summary>
    /// Headline figures of the evaluation (every number of its <c>hub</c>, <c>tiny</c> and <c>cascade</c> sections
    /// outside lists, named by path, e.g. <c>cascade.wake_miss_rate</c>); empty when shipped without an evaluation.
    /// </summary>
    public IReadOnlyDictionary<string, double> Metrics { get; init; } = new Dictionary<string, double>();

    /// <summary>How the models were trained; null when not recorded.</summary>
    public ModelTraining? Training { get; init; }

    /// <summary>Hash of the training data, e.g. <c>sha256:5aec…</c>; null when not recorded.</summary>
    public string? DataHash { get; init; }

    /// <summary>Mel bands per feature frame (<see cref="ModelFrontEnd.MelBands"/>).</summary>
    [JsonIgnore]
    public int Bands => FrontEnd.MelBands;

    /// <summary>Front-end log steps per octave (<see cref="ModelFrontEnd.LogScale"/>).</summary>
    [JsonIgnore]
    public int LogScale => FrontEnd.LogScale;

    /// <summary>The hub's P(wake) threshold (<see cref="ModelThresholds.Wake"/>).</summary>
    [JsonIgnore]
    public double WakeThreshold => Thresholds.Wake;

    /// <summary>The hub's command threshold (<see cref="ModelThresholds.Command"/>).</summary>
    [JsonIgnore]
    public double CommandThreshold => Thresholds.Command;

    /// <summary>Index of <see cref="WakeLabel"/> in <see cref="Vocabulary"/>.</summary>
    [JsonIgnore]
    public int WakeIndex => IndexOf(WakeLabel);

    /// <summary>Index of a label in <see cref="Vocabulary"/>, or -1.</summary>
    public int IndexOf(string label)
    {
        for (int i = 0; i < Vocabulary.Count; i++)
        {
            if (Vocabulary[i] == label)
            {
                return i;
            }
        }

        return -1;
    }
}
