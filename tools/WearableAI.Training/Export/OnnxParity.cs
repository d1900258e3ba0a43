using Microsoft.ML.OnnxRuntime;
using TorchSharp;
using static TorchSharp.torch;

namespace WearableAI.Training.Export;

/// <summary>
/// Checks an exported model against its TorchSharp original: the same random int8-valued
/// features go through the module (eval mode, no gradients) and through ONNX Runtime, and the
/// first outputs are compared value by value.
/// </summary>
public static class OnnxParity
{
    /// <summary>The default accepted difference, in output units (logits).</summary>
    public const double DefaultTolerance = 1e-4;

    /// <summary>Runs both and compares. The module is put in eval mode for the check and returned to its previous mode.</summary>
    /// <param name="module">The TorchSharp network that was exported.</param>
    /// <param name="onnxModel">The serialised ONNX model (<c>ModelProto.ToByteArray()</c>).</param>
    /// <param name="bands">Bands of the input <c>[batch, bands, frames]</c>.</param>
    /// <param name="batch">Batch size of the random input.</param>
    /// <param name="frames">Frames of the random input.</param>
    /// <param name="seed">Seed of the random features (int8 values −128…127 as float).</param>
    /// <param name="tolerance">Largest accepted absolute difference.</param>
    /// <returns>The comparison; <see cref="ParityReport.Passed"/> says whether it is within tolerance.</returns>
    /// <exception cref="InvalidOperationException">The two outputs differ in shape.</exception>
    public static ParityReport Check(
        nn.Module<Tensor, Tensor> module,
        byte[] onnxModel,
        int bands = 32,
        int batch = 2,
        int frames = 150,
        int seed = 1,
        double tolerance = DefaultTolerance)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(onnxModel);
        float[] features = RandomFeatures(batch * bands * frames, seed);
        long[] shape = [batch, bands, frames];

        float[] expected;
        long[] expectedShape;
        bool wasTraining = module.training;
        module.eval();
        try
        {
            using var noGrad = torch.no_grad();
            using Tensor input = torch.tensor(features, shape);
            using Tensor output = module.forward(input);
            expected = output.contiguous().data<float>().ToArray();
            expectedShape = output.shape;
        }
        finally
        {
            module.train(wasTraining);
        }

        using var session = new InferenceSession(onnxModel);
        using OrtValue onnxInput = OrtValue.CreateTensorValueFromMemory(features, shape);
        using var runOptions = new RunOptions();
        string inputName = session.InputNames[0];
        string outputName = session.OutputNames[0];
        using IDisposableReadOnlyCollection<OrtValue> results = session.Run(runOptions, [inputName], [onnxInput], [outputName]);
        OrtValue result = results[0];
        long[] actualShape = result.GetTensorTypeAndShape().Shape;
        if (!actualShape.SequenceEqual(expectedShape))
        {
            throw new InvalidOperationException(
                $"ONNX output '{outputName}' has shape [{string.Join(", ", actualShape)}], TorchSharp's has [{string.Join(", ", expectedShape)}].");
        }

        ReadOnlySpan<float> actual = result.GetTensorDataAsSpan<float>();
        double maxDifference = 0;
        double maxOutput = 0;
        for (int i = 0; i < expected.Length; i++)
        {
            maxDifference = Math.Max(maxDifference, Math.Abs((double)expected[i] - actual[i]));
            maxOutput = Math.Max(maxOutput, Math.Abs(expected[i]));
        }

        return new ParityReport(maxDifference, tolerance, batch, frames, expected.Length, maxOutput);
    }

    private static float[] RandomFeatures(int count, int seed)
    {
        var random = new Random(seed);
        float[] values = new float[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = random.Next(sbyte.MinValue, sbyte.MaxValue + 1);
        }

        return values;
    }
}
