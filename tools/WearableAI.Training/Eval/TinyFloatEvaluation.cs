using WearableAI.Training.Data;
using WearableAI.Training.Tiny;
using static TorchSharp.torch;

namespace WearableAI.Training.Eval;

/// <summary>The tiny model's float weights (TorchSharp, fake quantisation off) on the same windows as the int8 tier.</summary>
public static class TinyFloatEvaluation
{
    /// <summary>Window accuracy (most wake-like frame, argmax, as <see cref="TinyTrainer.Accuracy"/>) of the float model, 0…1.</summary>
    /// <exception cref="DatasetException">The weights do not load.</exception>
    public static double Accuracy(string weights, TinyNetShape shape, EvalData data, int[] tinyLabels, int wakeIndex)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(tinyLabels);
        using var net = new TinyKeywordNet(shape);
        try
        {
            net.load(weights);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new DatasetException($"tiny float weights {weights} are corrupt or do not match tiny/config.json: {e.Message.Split('\n')[0]}", e);
        }

        net.Quantise = false;
        var windows = Enumerable.Range(0, data.Clips.Count).Select(i => data.Clips.Window(i).ToArray()).ToArray();
        using Tensor features = TinyFeatures.FromFrameMajor(windows, data.Bands);
        using Tensor labels = tensor(data.Clips.Labels.Select(l => (long)tinyLabels[l]).ToArray());
        return TinyTrainer.Accuracy(net, new TinyTrainingData(features, labels), wakeIndex);
    }
}
