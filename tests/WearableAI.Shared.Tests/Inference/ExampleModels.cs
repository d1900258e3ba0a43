using WearableAI.Shared.Audio;
using WearableAI.Shared.Inference;
using WearableAI.Shared.Models;
using WearableAI.TestSupport.Models;

namespace WearableAI.Shared.Tests.Inference;

/// <summary>The example model of docs/kernels.md (random weights, real shapes).</summary>
public static class ExampleModels
{
    /// <summary>conv(32→24, k3, s2) + DS(24, k3, d2 → 24) + DS(24, k3, d4 → 32) + dense(32→13).</summary>
    public static WatchModel DocsExample()
    {
        Random rng = new(2026);
        QuantizedLayer conv = RandomWatchModel.RandomLayer(rng, LayerKind.Conv1D, 32, 24, 3, 2, 1, 0, relu: true);
        QuantizedLayer dw1 = RandomWatchModel.RandomLayer(rng, LayerKind.DepthwiseConv1D, 24, 24, 3, 1, 2, conv.OutputZeroPoint, relu: true);
        QuantizedLayer pw1 = RandomWatchModel.RandomLayer(rng, LayerKind.Dense, 24, 24, 1, 1, 1, dw1.OutputZeroPoint, relu: true);
        QuantizedLayer dw2 = RandomWatchModel.RandomLayer(rng, LayerKind.DepthwiseConv1D, 24, 24, 3, 1, 4, pw1.OutputZeroPoint, relu: true);
        QuantizedLayer pw2 = RandomWatchModel.RandomLayer(rng, LayerKind.Dense, 24, 32, 1, 1, 1, dw2.OutputZeroPoint, relu: true);
        QuantizedLayer head = RandomWatchModel.RandomLayer(rng, LayerKind.Dense, 32, 13, 1, 1, 1, pw2.OutputZeroPoint, relu: false);
        FrontEndSettings settings = new();
        return new WatchModel
        {
            ModelVersion = 1,
            Settings = settings,
            Labels = RandomWatchModel.DefaultLabels,
            WakeLabelIndex = 0,
            WakeThreshold = 40,
            SmoothingFrames = 4,
            RefractoryFrames = 16,
            InputBands = settings.MelBands,
            InputStride = 1,
            Layers = [conv, dw1, pw1, dw2, pw2, head],
        };
    }
}
