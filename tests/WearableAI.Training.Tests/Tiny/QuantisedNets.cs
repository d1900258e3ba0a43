using TorchSharp;
using WearableAI.Training.Tiny;
using static TorchSharp.torch;

namespace WearableAI.Training.Tests.Tiny;

/// <summary>Untrained networks with random weights and biases and calibrated activation ranges: fast stand-ins for QAT results.</summary>
internal static class QuantisedNets
{
    public static TinyTrainingResult Create(TinyNetShape shape, int seed)
    {
        int frames = shape.ReceptiveField + 20;
        torch.manual_seed(seed);
        var net = new TinyKeywordNet(shape);
        using (no_grad())
        {
            foreach (TinyConvLayer layer in net.Layers)
            {
                layer.Bias.copy_(randn(layer.OutChannels) * 0.3);
            }
        }

        net.train();
        using (no_grad())
        {
            for (int b = 0; b < 4; b++)
            {
                using Tensor x = randint(-128, 128, [16, shape.Bands, frames]).to_type(ScalarType.Float32);
                using Tensor y = net.forward(x);
            }
        }

        net.eval();
        net.Quantise = true;
        var options = new TinyTrainingOptions { Shape = shape, Labels = Enumerable.Range(0, shape.Classes).Select(c => $"class{c}").ToArray() };
        var metrics = new TinyMetrics(0, 0, 0, 0, 0, 0, net.ParameterCount, net.ParameterCount, 0);
        return new TinyTrainingResult(net, IntegerLayerConverter.Convert(net), options, 0, metrics);
    }
}
