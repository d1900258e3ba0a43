using WearableAI.Shared.Audio;
using WearableAI.Training.Data;

namespace WearableAI.Training.Pipeline;

/// <summary>
/// <c>config.json</c> beside a model: everything needed to reproduce it and to feed it correctly —
/// network and training hyper-parameters, front-end settings, windows, vocabulary, seed and data hash.
/// </summary>
public sealed record ModelConfig
{
    /// <summary><c>teacher</c>, <c>hub</c> or <c>tiny</c>.</summary>
    public required string Model { get; init; }

    /// <summary>The preset the run used.</summary>
    public required string Preset { get; init; }

    /// <summary>The seed.</summary>
    public required int Seed { get; init; }

    /// <summary>Hash of the training data (<see cref="DataHasher"/>).</summary>
    public required string DataHash { get; init; }

    /// <summary>The dataset folder as given.</summary>
    public required string DataFolder { get; init; }

    /// <summary>Front-end settings the features were computed with.</summary>
    public required FrontEndSettings FrontEnd { get; init; }

    /// <summary>Wake phrase, its label, and the class names in output order.</summary>
    public required VocabularyConfig Vocabulary { get; init; }

    /// <summary>Wake and command window lengths in frames.</summary>
    public WindowConfig Windows { get; init; } = new();

    /// <summary>Network shape (model-specific object).</summary>
    public required object Network { get; init; }

    /// <summary>Training schedule (model-specific object).</summary>
    public required object Training { get; init; }

    /// <summary>Where the teacher of a distilled model is, relative to this file; null for the teacher.</summary>
    public string? Teacher { get; init; }

    /// <summary>Model input and output, in words.</summary>
    public string Io { get; init; } = "input 'features' float [batch, bands, frames] holding int8 front-end values; output 'logits' [batch, classes]";

    /// <summary>The P(wake) threshold the metrics were computed at.</summary>
    public double WakeThreshold { get; init; } = 0.5;

    /// <summary>The vocabulary part.</summary>
    /// <param name="WakePhrase">Spoken wake phrase.</param>
    /// <param name="WakeLabel">Its label.</param>
    /// <param name="Labels">Class names in output order.</param>
    public sealed record VocabularyConfig(string WakePhrase, string WakeLabel, IReadOnlyList<string> Labels)
    {
        /// <summary>From a <see cref="Data.Vocabulary"/>.</summary>
        public static VocabularyConfig Of(Vocabulary vocabulary)
        {
            ArgumentNullException.ThrowIfNull(vocabulary);
            return new VocabularyConfig(vocabulary.WakePhrase, vocabulary.WakeLabel, vocabulary.Labels);
        }
    }

    /// <summary>The window part.</summary>
    public sealed record WindowConfig
    {
        /// <summary>Wake verification window, frames.</summary>
        public int WakeFrames { get; init; } = FeatureWindows.WakeFrames;

        /// <summary>Command window, frames.</summary>
        public int CommandFrames { get; init; } = FeatureWindows.CommandFrames;

        /// <summary>How clips are placed in windows.</summary>
        public string Placement { get; init; } = "clip centred in a 48-frame window, padded by reflecting its edges; command windows are 40-frame crops";
    }
}
