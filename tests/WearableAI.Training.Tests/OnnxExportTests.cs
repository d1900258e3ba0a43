using Google.Protobuf;
using Xunit.Abstractions;
using Onnx;
using TorchSharp;
using TorchSharp.Modules;
using WearableAI.Training.Export;
using WearableAI.Training.Models;
using static TorchSharp.torch;

namespace WearableAI.Training.Tests;

public class OnnxExportTests(ITestOutputHelper output)
{
    [Fact]
    public void An_exported_hub_sized_KeywordNet_matches_TorchSharp_in_ONNX_Runtime()
    {
        using KeywordNet net = TrainedLooking(KeywordNetShape.Hub, seed: 1);
        byte[] onnx = OnnxExporter.Export(net.Layers, new OnnxExportOptions()).ToByteArray();

        ParityReport report = OnnxParity.Check(net, onnx, batch: 3, frames: 150);

        output.WriteLine(report.ToString());
        Assert.True(report.Passed, report.ToString());
        Assert.True(report.MaxAbsOutput > 3, "logits too small for a meaningful comparison: " + report);
        Assert.Equal(3 * 12, report.OutputValues);
    }

    [Fact]
    public void The_exported_model_accepts_any_batch_size_and_clip_length()
    {
        using KeywordNet net = TrainedLooking(new KeywordNetShape(Width: 24, Blocks: 3, Classes: 5), seed: 2);
        byte[] onnx = OnnxExporter.Export(net.Layers, new OnnxExportOptions()).ToByteArray();

        ParityReport single = OnnxParity.Check(net, onnx, batch: 1, frames: 49, seed: 3);
        ParityReport several = OnnxParity.Check(net, onnx, batch: 5, frames: 200, seed: 4);

        Assert.True(single.Passed, single.ToString());
        Assert.True(several.Passed, several.ToString());
    }

    [Fact]
    public void Hub_sized_KeywordNet_has_100k_to_300k_parameters_and_exports_to_under_1_MB()
    {
        using KeywordNet net = new(KeywordNetShape.Hub);

        byte[] onnx = OnnxExporter.Export(net.Layers, new OnnxExportOptions()).ToByteArray();

        output.WriteLine($"{net.ParameterCount} parameters, {onnx.Length} bytes of ONNX");
        Assert.InRange(net.ParameterCount, 100_000, 300_000);
        Assert.InRange(onnx.Length, net.ParameterCount * 4 / 2, 1_000_000);
    }

    [Fact]
    public void Batch_norm_folding_leaves_one_Conv_per_convolution_and_no_BatchNormalization()
    {
        using KeywordNet net = new(new KeywordNetShape(Width: 16, Blocks: 2));

        ModelProto model = OnnxExporter.Export(net.Layers, new OnnxExportOptions());

        string[] ops = model.Graph.Node.Select(n => n.OpType).ToArray();
        Assert.Equal(5, ops.Count(op => op == "Conv"));
        Assert.DoesNotContain("BatchNormalization", ops);
        Assert.DoesNotContain("Dropout", ops);
        Assert.Equal(["GlobalAveragePool", "Flatten", "Gemm"], ops[^3..]);
        Assert.Equal(OnnxExporter.Opset, model.OpsetImport.Single().Version);
    }

    [Fact]
    public void A_probabilities_output_sums_to_one_per_clip()
    {
        using KeywordNet net = TrainedLooking(new KeywordNetShape(Width: 16, Blocks: 1, Classes: 4), seed: 5);
        byte[] onnx = OnnxExporter.Export(net.Layers, new OnnxExportOptions(ProbabilitiesName: "probabilities")).ToByteArray();
        using var session = new Microsoft.ML.OnnxRuntime.InferenceSession(onnx);
        float[] features = Enumerable.Range(0, 2 * 32 * 60).Select(i => (float)((i * 37 % 256) - 128)).ToArray();
        using var input = Microsoft.ML.OnnxRuntime.OrtValue.CreateTensorValueFromMemory(features, [2, 32, 60]);
        using var options = new Microsoft.ML.OnnxRuntime.RunOptions();

        using var outputs = session.Run(options, ["features"], [input], ["logits", "probabilities"]);

        float[] probabilities = outputs[1].GetTensorDataAsSpan<float>().ToArray();
        Assert.Equal(1.0, probabilities[..4].Sum(), 4);
        Assert.Equal(1.0, probabilities[4..].Sum(), 4);
    }

    [Fact]
    public void Standalone_batch_norm_and_a_linear_layer_over_frames_export_too()
    {
        using var layers = nn.Sequential(
            ("norm", nn.BatchNorm1d(32)),
            ("relu", nn.ReLU()),
            ("conv", nn.Conv1d(32, 8, kernel_size: 3, stride: 2, padding: 1)),
            ("pool", nn.AdaptiveAvgPool1d(1)),
            ("flatten", nn.Flatten()),
            ("dropout", nn.Dropout(0.5)),
            ("head", nn.Linear(8, 3)),
            ("softmax", nn.Softmax(1)));
        RandomiseStatistics(layers, seed: 6);

        byte[] onnx = OnnxExporter.Export(layers, new OnnxExportOptions(OutputName: "probabilities")).ToByteArray();
        ParityReport report = OnnxParity.Check(layers, onnx, frames: 40);

        Assert.True(report.Passed, report.ToString());
    }

    [Fact]
    public void An_unsupported_layer_is_named_in_the_error()
    {
        using var layers = nn.Sequential(("conv", nn.Conv1d(32, 8, 3)), ("gelu", nn.GELU()));

        var error = Assert.Throws<NotSupportedException>(() => OnnxExporter.Export(layers, new OnnxExportOptions()));

        Assert.Contains("'gelu'", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A network whose batch-norm statistics and affine terms look trained, so that folding is really
    /// tested, and whose logits are of a trained network's size (about ±10, not ±0.3 as freshly initialised).
    /// </summary>
    private static KeywordNet TrainedLooking(KeywordNetShape shape, int seed)
    {
        var net = new KeywordNet(shape);
        RandomiseStatistics(net, seed);
        using var noGrad = torch.no_grad();
        Linear classifier = net.modules().OfType<Linear>().Single();
        classifier.weight!.mul_(40);
        return net;
    }

    private static void RandomiseStatistics(nn.Module module, int seed)
    {
        torch.manual_seed(seed);
        using var noGrad = torch.no_grad();
        foreach (BatchNorm1d norm in module.modules().OfType<BatchNorm1d>())
        {
            norm.running_mean!.copy_(torch.randn(norm.num_features) * 0.5);
            norm.running_var!.copy_(torch.rand(norm.num_features) + 0.5);
            norm.weight!.copy_(torch.rand(norm.num_features) + 0.5);
            norm.bias!.copy_(torch.randn(norm.num_features) * 0.1);
        }
    }
}
