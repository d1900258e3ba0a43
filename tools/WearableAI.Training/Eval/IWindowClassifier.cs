namespace WearableAI.Training.Eval;

/// <summary>A hub-style classifier (teacher in TorchSharp, hub model in ONNX Runtime) over feature windows.</summary>
public interface IWindowClassifier : IDisposable
{
    /// <summary>Tier name in the report (<c>teacher</c>, <c>hub</c>).</summary>
    string Name { get; }

    /// <summary>Softmax probabilities <c>[count, classes]</c> (flat) for inputs <c>[count, bands, frames]</c> (flat, int8 values as float).</summary>
    float[] Probabilities(float[] inputs, int count, int bands, int frames);
}
