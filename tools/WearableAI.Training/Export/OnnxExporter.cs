using Onnx;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace WearableAI.Training.Export;

/// <summary>
/// Writes a TorchSharp <see cref="Sequential"/> of supported layers as an ONNX model (opset
/// <see cref="Opset"/>), from the module's weights alone: TorchSharp itself cannot export ONNX.
/// </summary>
/// <remarks>
/// Input <c>[batch, bands, frames]</c> float with symbolic <c>batch</c> and <c>frames</c> axes.
/// Supported layers (nested <see cref="Sequential"/>s are walked in order):
/// Conv1d (stride, padding, dilation, groups — depthwise included; zero padding only),
/// BatchNorm1d (folded into a directly preceding Conv1d, otherwise BatchNormalization; running
/// statistics are used, as in eval mode), ReLU, Linear (Gemm on 2-D input, MatMul + Add on 3-D),
/// AdaptiveAvgPool1d(1) (GlobalAveragePool), Flatten(1, -1), Softmax, Dropout and Identity
/// (left out: identity at inference). Anything else throws <see cref="NotSupportedException"/>.
/// </remarks>
public static class OnnxExporter
{
    /// <summary>The ONNX operator set the exported graph uses.</summary>
    public const int Opset = 17;

    /// <summary>The ONNX IR version written (IR 8 goes with opset 17).</summary>
    public const long IrVersion = 8;

    /// <summary>Exports <paramref name="layers"/> (used read-only; its training mode is not changed).</summary>
    /// <param name="layers">The network, in forward order.</param>
    /// <param name="options">Names and input size.</param>
    /// <returns>A self-contained model; write it with <c>ModelProto.ToByteArray()</c>.</returns>
    /// <exception cref="NotSupportedException">A layer or layer setting the exporter cannot express.</exception>
    public static ModelProto Export(Sequential layers, OnnxExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(layers);
        ArgumentNullException.ThrowIfNull(options);
        using var noGrad = torch.no_grad();
        var builder = new OnnxGraphBuilder(options.GraphName);
        builder.Graph.Input.Add(OnnxGraphBuilder.FloatValue(options.InputName, "batch", (long)options.Bands, "frames"));

        var flat = new List<(string Name, nn.Module Module)>();
        Flatten(layers, string.Empty, flat);
        var value = new ValueState(options.InputName, Rank: 3, Channels: options.Bands);
        for (int i = 0; i < flat.Count; i++)
        {
            (string name, nn.Module module) = flat[i];
            BatchNorm1d? folded = module is Conv1d && i + 1 < flat.Count ? flat[i + 1].Module as BatchNorm1d : null;
            value = AddLayer(builder, name, module, folded, value);
            if (folded != null)
            {
                i++;
            }
        }

        builder.RenameLastOutput(value.Name, options.OutputName);
        object[] outputDims = value.Rank == 2 ? ["batch", value.Channels] : ["batch", value.Channels, "frames_out"];
        builder.Graph.Output.Add(OnnxGraphBuilder.FloatValue(options.OutputName, outputDims));
        if (options.ProbabilitiesName != null)
        {
            string probabilities = builder.AddNode("Softmax", options.ProbabilitiesName, [options.OutputName], OnnxGraphBuilder.Int("axis", 1));
            builder.Graph.Output.Add(OnnxGraphBuilder.FloatValue(probabilities, outputDims));
        }

        var model = new ModelProto
        {
            IrVersion = IrVersion,
            ProducerName = "WearableAI.Training",
            ProducerVersion = typeof(OnnxExporter).Assembly.GetName().Version?.ToString() ?? "0",
            Graph = builder.Graph,
        };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = string.Empty, Version = Opset });
        return model;
    }

    private static void Flatten(nn.Module module, string prefix, List<(string Name, nn.Module Module)> into)
    {
        foreach ((string name, nn.Module child) in module.named_children())
        {
            string path = prefix.Length == 0 ? name : $"{prefix}.{name}";
            if (child is Sequential)
            {
                Flatten(child, path, into);
            }
            else
            {
                into.Add((path, child));
            }
        }
    }

    private static ValueState AddLayer(OnnxGraphBuilder builder, string name, nn.Module module, BatchNorm1d? foldedNorm, ValueState x)
    {
        switch (module)
        {
            case Conv1d conv:
                return x with { Name = AddConv(builder, name, conv, foldedNorm, x.Name), Channels = conv.out_channels };
            case BatchNorm1d norm:
                float[] scale = Floats(norm.weight, norm.num_features, 1f);
                float[] shift = Floats(norm.bias, norm.num_features, 0f);
                string[] inputs =
                [
                    x.Name,
                    builder.AddInitializer($"{name}.weight", scale, norm.num_features),
                    builder.AddInitializer($"{name}.bias", shift, norm.num_features),
                    builder.AddInitializer($"{name}.running_mean", RunningStat(norm.running_mean, name), norm.num_features),
                    builder.AddInitializer($"{name}.running_var", RunningStat(norm.running_var, name), norm.num_features),
                ];
                return x with { Name = builder.AddNode("BatchNormalization", name, inputs, OnnxGraphBuilder.Float("epsilon", (float)norm.eps)) };
            case ReLU:
                return x with { Name = builder.AddNode("Relu", name, [x.Name]) };
            case Linear linear:
                return x with { Name = AddLinear(builder, name, linear, x), Channels = linear.out_features };
            case AdaptiveAvgPool1d pool when pool.output_size == 1:
                return x with { Name = builder.AddNode("GlobalAveragePool", name, [x.Name]) };
            case Flatten flatten when flatten.start_dim == 1 && flatten.end_dim == -1 && x.Rank == 3:
                return x with { Name = builder.AddNode("Flatten", name, [x.Name], OnnxGraphBuilder.Int("axis", 1)), Rank = 2 };
            case Softmax softmax:
                return x with { Name = builder.AddNode("Softmax", name, [x.Name], OnnxGraphBuilder.Int("axis", softmax.dim)) };
            case Dropout or Identity:
                return x;
            default:
                throw new NotSupportedException(
                    $"Layer '{name}' ({module.GetType().Name}) cannot be exported to ONNX. Supported: Conv1d, BatchNorm1d, ReLU, Linear, " +
                    "AdaptiveAvgPool1d(1), Flatten(1, -1) on 3-D input, Softmax, Dropout, Identity.");
        }
    }

    private static string AddConv(OnnxGraphBuilder builder, string name, Conv1d conv, BatchNorm1d? norm, string input)
    {
        if (conv.padding_mode != PaddingModes.Zeros || conv.padding_type != null)
        {
            throw new NotSupportedException($"Conv1d '{name}': only explicit zero padding is supported (padding_mode Zeros, numeric padding).");
        }

        long outChannels = conv.out_channels;
        long inPerGroup = conv.in_channels / conv.groups;
        long kernel = conv.kernel_size[0];
        double[] weight = Doubles(conv.weight);
        double[] bias = conv.bias is null ? new double[outChannels] : Doubles(conv.bias);
        if (norm != null)
        {
            // Eval-mode batch norm after a convolution is an affine map per output channel: fold it in.
            double[] gamma = norm.weight is null ? Filled(outChannels, 1) : Doubles(norm.weight);
            double[] beta = norm.bias is null ? Filled(outChannels, 0) : Doubles(norm.bias);
            double[] mean = Doubles(norm.running_mean ?? throw MissingStats(name));
            double[] variance = Doubles(norm.running_var ?? throw MissingStats(name));
            long perChannel = inPerGroup * kernel;
            for (long o = 0; o < outChannels; o++)
            {
                double scale = gamma[o] / Math.Sqrt(variance[o] + norm.eps);
                for (long j = 0; j < perChannel; j++)
                {
                    weight[(o * perChannel) + j] *= scale;
                }

                bias[o] = ((bias[o] - mean[o]) * scale) + beta[o];
            }
        }

        string[] inputs =
        [
            input,
            builder.AddInitializer($"{name}.weight", ToFloats(weight), outChannels, inPerGroup, kernel),
            builder.AddInitializer($"{name}.bias", ToFloats(bias), outChannels),
        ];
        return builder.AddNode(
            "Conv",
            name,
            inputs,
            OnnxGraphBuilder.Ints("kernel_shape", kernel),
            OnnxGraphBuilder.Ints("strides", conv.stride[0]),
            OnnxGraphBuilder.Ints("dilations", conv.dilation[0]),
            OnnxGraphBuilder.Ints("pads", conv.padding?[0] ?? 0, conv.padding?[0] ?? 0),
            OnnxGraphBuilder.Int("group", conv.groups));
    }

    private static string AddLinear(OnnxGraphBuilder builder, string name, Linear linear, ValueState x)
    {
        float[] weight = Floats(linear.weight, linear.out_features * linear.in_features, 0f);
        if (x.Rank == 2)
        {
            var inputs = new List<string> { x.Name, builder.AddInitializer($"{name}.weight", weight, linear.out_features, linear.in_features) };
            if (linear.bias is not null)
            {
                inputs.Add(builder.AddInitializer($"{name}.bias", Floats(linear.bias, linear.out_features, 0f), linear.out_features));
            }

            return builder.AddNode("Gemm", name, [.. inputs], OnnxGraphBuilder.Int("transB", 1));
        }

        // Linear on [batch, frames-like, features]: MatMul with the transposed weight, then Add.
        using Tensor transposed = linear.weight!.t().contiguous();
        string product = builder.AddNode(
            "MatMul",
            $"{name}.matmul",
            [x.Name, builder.AddInitializer($"{name}.weight_t", Floats(transposed, linear.in_features * linear.out_features, 0f), linear.in_features, linear.out_features)]);
        return linear.bias is null
            ? product
            : builder.AddNode("Add", name, [product, builder.AddInitializer($"{name}.bias", Floats(linear.bias, linear.out_features, 0f), linear.out_features)]);
    }

    private static NotSupportedException MissingStats(string name) =>
        new($"BatchNorm1d after '{name}' has no running statistics (track_running_stats = false); it cannot be exported.");

    private static float[] RunningStat(Tensor? stat, string name) =>
        stat is null ? throw MissingStats(name) : Floats(stat, stat.numel(), 0f);

    private static float[] Floats(Tensor? tensor, long count, float fallback)
    {
        if (tensor is null)
        {
            float[] filled = new float[count];
            Array.Fill(filled, fallback);
            return filled;
        }

        using Tensor flat = tensor.detach().cpu().to_type(ScalarType.Float32).contiguous();
        return flat.data<float>().ToArray();
    }

    private static double[] Doubles(Tensor tensor)
    {
        using Tensor flat = tensor.detach().cpu().to_type(ScalarType.Float64).contiguous();
        return flat.data<double>().ToArray();
    }

    private static double[] Filled(long count, double value)
    {
        double[] values = new double[count];
        Array.Fill(values, value);
        return values;
    }

    private static float[] ToFloats(double[] values) => Array.ConvertAll(values, v => (float)v);

    /// <summary>The graph value that feeds the next layer: its name, rank and channel (feature) count.</summary>
    private readonly record struct ValueState(string Name, int Rank, long Channels);
}
