using Google.Protobuf;
using Onnx;
using WearableAI.Contracts;

namespace WearableAI.HubLoad;

/// <summary>
/// A tiny hub model built in code (used by the hub's tests and the bench): ReduceMean over time → Gemm →
/// Softmax over [hey_nano, stop, unknown]. Loud low bands (first half) mean "hey_nano", loud high bands
/// (second half) mean "stop", silence means "unknown".
/// </summary>
public static class KeywordModelBuilder
{
    public static readonly string[] Vocabulary = ["hey_nano", "stop", "unknown"];

    /// <summary>Writes hub.onnx and manifest.json for <paramref name="bands"/> mel bands into a new temporary folder; returns it.</summary>
    public static string CreateFolder(int bands)
    {
        string folder = Directory.CreateTempSubdirectory("wai-models-").FullName;
        File.WriteAllBytes(Path.Combine(folder, "hub.onnx"), Build(bands).ToByteArray());
        ModelManifestFile.Write(Path.Combine(folder, ModelFiles.ManifestName), Manifest(bands));
        return folder;
    }

    /// <summary>The manifest of the built model: version test-1, wake threshold 0.6, <paramref name="bands"/> bands.</summary>
    public static ModelManifest Manifest(int bands) => new()
    {
        Version = "test-1",
        WakeLabel = "hey_nano",
        Vocabulary = Vocabulary,
        Thresholds = new ModelThresholds { Wake = 0.6, Command = 0.5 },
        FrontEnd = new ModelFrontEnd
        {
            SampleRate = 16000, Decimation = 2, WindowSize = 256, HopSize = 256, MelBands = bands,
            LowHz = 60, HighHz = 3800, LogScale = 8, LogOffset = 96, NoiseNormalization = false, NoiseSmoothingBits = 5,
        },
        FeatureScale = 1,
        Files = new ModelFiles { Hub = ModelFiles.HubModelName },
    };

    /// <summary>Features (frame-major, <paramref name="bands"/> per frame) the model hears as "hey_nano".</summary>
    public static sbyte[] WakePattern(int bands, int frames) => Pattern(bands, frames, low: 100, high: 0);

    /// <summary>Features the model hears as "stop".</summary>
    public static sbyte[] StopPattern(int bands, int frames) => Pattern(bands, frames, low: 0, high: 100);

    private static sbyte[] Pattern(int bands, int frames, sbyte low, sbyte high)
    {
        var features = new sbyte[bands * frames];
        for (int t = 0; t < frames; t++)
        {
            for (int k = 0; k < bands; k++)
            {
                features[(t * bands) + k] = k < bands / 2 ? low : high;
            }
        }

        return features;
    }

    private static ModelProto Build(int bands)
    {
        var graph = new GraphProto { Name = "test_keywords" };
        graph.Input.Add(Value("features", "batch", bands, "frames"));
        graph.Output.Add(Value("probabilities", "batch", Vocabulary.Length));
        var weights = new float[Vocabulary.Length * bands];
        float step = 0.4f / bands;
        for (int k = 0; k < bands; k++)
        {
            weights[k] = k < bands / 2 ? step : -step;            // hey_nano
            weights[bands + k] = k < bands / 2 ? -step : step;    // stop
        }

        graph.Initializer.Add(Tensor("w", weights, Vocabulary.Length, bands));
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
        var model = new ModelProto { IrVersion = 8, ProducerName = "WearableAI.HubBench", Graph = graph };
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
