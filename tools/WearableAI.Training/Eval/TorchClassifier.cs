using WearableAI.Training.Data;
using WearableAI.Training.Hub;
using WearableAI.Training.Models;

namespace WearableAI.Training.Eval;

/// <summary>The teacher (TorchSharp <see cref="KeywordNet"/>) loaded from its weights; disposing it frees the network.</summary>
public sealed class TorchClassifier : IWindowClassifier
{
    private readonly KeywordNet _net;

    /// <summary>Builds the network of <paramref name="shape"/> and loads <paramref name="weights"/>.</summary>
    /// <exception cref="DatasetException">The weights do not load (corrupt file or another shape).</exception>
    public TorchClassifier(string name, string weights, KeywordNetShape shape)
    {
        Name = name;
        _net = new KeywordNet(shape);
        try
        {
            _net.load(weights);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _net.Dispose();
            throw new DatasetException($"{name} weights {weights} are corrupt or do not match teacher/config.json: {e.Message.Split('\n')[0]}", e);
        }
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public float[] Probabilities(float[] inputs, int count, int bands, int frames) =>
        ModelInference.Probabilities(_net, inputs, count, bands, frames);

    /// <inheritdoc />
    public void Dispose() => _net.Dispose();
}
