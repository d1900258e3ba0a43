using WearableAI.Shared.Audio;
using WearableAI.Shared.Inference;
using WearableAI.Shared.Models;
using WearableAI.Training.Data;
using WearableAI.Training.Eval;

namespace WearableAI.Training.Tests.Eval;

/// <summary>
/// Small hand-built models and data for the cascade tests. Features have two bands: band 0 is what the
/// tiny model's wake logit copies (it triggers on a frame where band 0 reaches <see cref="Marker"/>), band 1
/// is what <see cref="LastFrameHub"/> looks at (it accepts a window whose last frame has band 1 at the marker).
/// </summary>
internal static class MarkerModels
{
    public const int Bands = 2;

    public const sbyte Marker = 100;

    public static readonly Vocabulary Vocabulary = new("hey nano", ["yes"]);

    /// <summary>One dense int8 layer: wake logit = band 0, the other logits 0; threshold 50, no smoothing.</summary>
    public static WatchModel TinyModel(int refractoryRows = 4)
    {
        var layer = new QuantizedLayer
        {
            Kind = LayerKind.Dense,
            InChannels = Bands,
            OutChannels = 3,
            Weights = [1, 0, 0, 0, 0, 0],
            Bias = [0, 0, 0],
            Multipliers = [Requantizer.MinMultiplier, Requantizer.MinMultiplier, Requantizer.MinMultiplier],
            Shifts = [-1, -1, -1], // scale 2^30 · 2^−30 = 1
        };
        return new WatchModel
        {
            Labels = [Vocabulary.WakeLabel, Vocabulary.Unknown, Vocabulary.Silence],
            WakeLabelIndex = 0,
            WakeThreshold = 50,
            SmoothingFrames = 1,
            RefractoryFrames = refractoryRows,
            InputBands = Bands,
            Layers = [layer],
        };
    }

    /// <summary>A 48-frame clip window of zeros with the marker at each given (band, frame).</summary>
    public static sbyte[] Window(params (int Band, int Frame)[] marks)
    {
        var window = new sbyte[FeatureWindows.StoredFrames * Bands];
        foreach ((int band, int frame) in marks) window[(frame * Bands) + band] = Marker;
        return window;
    }

    /// <summary>Evaluation data of the given clips (label, window), no background.</summary>
    public static EvalData DataOf(params (int Label, sbyte[] Window)[] clips) => new(
        Vocabulary,
        new ClipFeatures(Bands, clips.SelectMany(c => c.Window).ToArray(), clips.Select(c => c.Label).ToArray(), clips.Select((_, i) => $"clip{i}.wav").ToArray()),
        [],
        new FrontEndSettings());

    public static int Wake => Vocabulary.WakeIndex;

    public static int Yes => 1;
}

/// <summary>A hub stand-in that accepts a window when its last frame's band 1 is at the marker (or every window), and keeps the windows it saw.</summary>
internal sealed class LastFrameHub(int classes, bool acceptAll = false) : IWindowClassifier
{
    public string Name => "hub";

    /// <summary>Every window seen, frame-major.</summary>
    public List<sbyte[]> Windows { get; } = [];

    public float[] Probabilities(float[] inputs, int count, int bands, int frames)
    {
        var p = new float[count * classes];
        for (int k = 0; k < count; k++)
        {
            var window = new sbyte[frames * bands];
            for (int f = 0; f < frames; f++)
            {
                for (int b = 0; b < bands; b++) window[(f * bands) + b] = (sbyte)inputs[(((k * bands) + b) * frames) + f];
            }

            Windows.Add(window);
            bool wake = acceptAll || window[((frames - 1) * bands) + 1] == MarkerModels.Marker;
            p[(k * classes) + (wake ? 0 : classes - 1)] = 1;
        }

        return p;
    }

    public void Dispose()
    {
    }
}
