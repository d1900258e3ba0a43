using Google.Protobuf;
using Onnx;

namespace WearableAI.Hub.Tests.Pipeline;

/// <summary>
/// A tiny hub model built in code: ReduceMean over time → Gemm → Softmax over
/// [hey_nano, stop, unknown], 8 bands. Loud low bands (0–3) mean "hey_nano", loud high bands
/// (4–7) mean "stop", silence means "unknown".
/// </summary>
public static class TestKeywordModel
{
    public const int Bands = 8;
    public const int Frames = 12;
    public static readonly string[] Vocabulary = ["hey_nano", "stop", "unknown"];

    /// <summary>Writes hub.onnx and manifest.json into a new temporary folder; returns it.</summary>
    public static string CreateFolder()
    {
        string folder = Directory.CreateTempSubdirectory("wai-models-").FullName;
        File.WriteAllBytes(Path.Combine(folder, "hub.onnx"), Build().ToByteArray());
        File.WriteAllText(Path.Combine(folder, "manifest.json"), """
            { "version": "test-1", "vocabulary": ["hey_nano", "stop", "unknown"], "wakeLabel": "hey_nano",
              "thresholds": { "wake": 0.6, "command": 0.5 }, "frontEnd": { "melBands": 8, "logScale": 8 } }
            """);
        return folder;
    }

    public static sbyte[] WakePattern() => Pattern(low: 100, high: 0);

    public static sbyte[] StopPattern() => Pattern(low: 0, high: 100);

    public static sbyte[] Silence() => new sbyte[Bands * Frames];

    private static sbyte[] Pattern(sbyte low, sbyte high)
    {
        var features = new sbyte[Bands * Frames];
        for (int t = 0; t < Frames; t++)
        {
            for (int k = 0; k < Bands; k++)
            {
                features[(t * Bands) + k] = k < 4 ? low : high;
            }
        }

        return features;
    }

    private static ModelProto Build()
    {
        var graph = new GraphProto { Name = "test_keywords" };
        graph.Input.Add(Value("features", "batch", Bands, "frames"));
        graph.Output.Add(Value("probabilities", "batch", Vocabulary.Length));
        var weights = new float[Vocabulary.Length * Bands];
        for (int k = 0; k < Bands; k++)
        {
            weights[k] = k < 4 ? 0.05f : -0.05f;           // hey_nano
            weights[Bands + k] = k < 4 ? -0.05f : 0.05f;   // stop
        }

        graph.Initializer.Add(Tensor("w", weights, Vocabulary.Length, Bands));
        graph.Initializer.Add(Tensor("b", [0f, 0f, 1f], Vocabulary.Length));
        var mean = new NodeProto { OpType = "ReduceMean", Name = "mean" };
        mean.Input.Add("features");
        mean.Output.Add("pooled");
        var axes = new AttributeProto { Name = "axes", Type = AttributeProto.Types.AttributeType.Ints };
        axes.Ints.Add(2);
        mean.Attribute.Add(axes);
        mean.Attribute.Add(new AttributeProto { Name = "keepdims", Type = AttributeProto.Types.AttributeType.Int, I = 0 });
        var gemm = new NodeProto { OpType = "Gemm", Name = "dense" };
        gemm.Input.AddRange(["pooled", "w", "b"]);
        gemm.Output.Add("logits");
        gemm.Attribute.Add(new AttributeProto { Name = "transB", Type = AttributeProto.Types.AttributeType.Int, I = 1 });
        var softmax = new NodeProto { OpType = "Softmax", Name = "softmax" };
        softmax.Input.Add("logits");
        softmax.Output.Add("probabilities");
        softmax.Attribute.Add(new AttributeProto { Name = "axis", Type = AttributeProto.Types.AttributeType.Int, I = 1 });
        graph.Node.AddRange([mean, gemm, softmax]);
        var model = new ModelProto { IrVersion = 8, ProducerName = "WearableAI.Hub.Tests", Graph = graph };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = 17 });
        return model;
    }

    private static TensorProto Tensor(string name, float[] values, params long[] dims)
    {
        var bytes = new byte[values.Length * sizeof(float)];
        Buffer.BlockCopy(values, 0, bytes, 0, bytes.Length);
        var tensor = new TensorProto { Name = name, DataType = (int)TensorProto.Types.DataType.Float, RawData = ByteString.CopyFrom(bytes) };
        tensor.Dims.AddRange(dims);
        return tensor;
    }

    private static ValueInfoProto Value(string name, params object[] dims)
    {
        var shape = new TensorShapeProto();
        foreach (object dim in dims)
        {
            shape.Dim.Add(dim is string symbol
                ? new TensorShapeProto.Types.Dimension { DimParam = symbol }
                : new TensorShapeProto.Types.Dimension { DimValue = Convert.ToInt64(dim, System.Globalization.CultureInfo.InvariantCulture) });
        }

        return new ValueInfoProto
        {
            Name = name,
            Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)TensorProto.Types.DataType.Float, Shape = shape } },
        };
    }
}
