using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using WearableAI.Training.Data;

namespace WearableAI.Training.Eval;

/// <summary>
/// The hub model as the hub runs it: ONNX Runtime, input <c>features</c> <c>[batch, bands, frames]</c>,
/// output <c>logits</c>. One session, created once and reused; disposing the classifier disposes it.
/// </summary>
public sealed class OnnxClassifier : IWindowClassifier
{
    private const int Chunk = 256;
    private readonly InferenceSession _session;

    /// <summary>Loads <paramref name="path"/>.</summary>
    /// <exception cref="DatasetException">The file is not a loadable ONNX model (one line).</exception>
    public OnnxClassifier(string path)
    {
        try
        {
            _session = new InferenceSession(File.ReadAllBytes(path));
        }
        catch (OnnxRuntimeException e)
        {
            throw new DatasetException($"hub model {path} is corrupt or not an ONNX model: {e.Message.Split('\n')[0]}", e);
        }
    }

    /// <inheritdoc />
    public string Name => "hub";

    /// <inheritdoc />
    public float[] Probabilities(float[] inputs, int count, int bands, int frames)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var result = new List<float>(count * 16);
        int per = bands * frames;
        for (int start = 0; start < count; start += Chunk)
        {
            int n = Math.Min(Chunk, count - start);
            var tensor = new DenseTensor<float>(inputs.AsMemory(start * per, n * per), [n, bands, frames]);
            using IDisposableReadOnlyCollection<DisposableNamedOnnxValue> outputs = _session.Run([NamedOnnxValue.CreateFromTensor("features", tensor)]);
            float[] logits = outputs.First().AsEnumerable<float>().ToArray();
            int classes = logits.Length / n;
            for (int i = 0; i < n; i++) result.AddRange(Softmax.Of(logits.AsSpan(i * classes, classes)));
        }

        return [.. result];
    }

    /// <inheritdoc />
    public void Dispose() => _session.Dispose();
}
