using TorchSharp;
using WearableAI.Training.Tiny;
using static TorchSharp.torch;

namespace WearableAI.Training.Tests.Tiny;

public class ChannelPrunerTests
{
    [Theory]
    [InlineData(0.3)]
    [InlineData(0.5)]
    public void Pruning_then_compacting_keeps_the_configured_channels_and_the_same_outputs(double sparsity)
    {
        torch.manual_seed(5);
        using var net = new TinyKeywordNet(TinyNetShape.Watch);
        using Tensor x = randint(-128, 128, [4, 32, 47]).to_type(ScalarType.Float32);
        net.eval();

        ChannelPruner.Prune(net, sparsity);
        using Tensor masked = net.forward(x);
        using TinyKeywordNet compact = ChannelPruner.Compact(net);
        compact.eval();
        using Tensor compacted = compact.forward(x);

        TinyNetShape shape = TinyNetShape.Watch;
        int[] expected = [shape.StemChannels, .. shape.Blocks.Select(b => b.Channels)];
        int[] widths = [compact.Shape.StemChannels, .. compact.Shape.Blocks.Select(b => b.Channels)];
        Assert.Equal(expected.Select(c => c - (int)Math.Round(c * sparsity, MidpointRounding.AwayFromZero)), widths);
        Assert.True(compact.ParameterCount < net.ParameterCount * (1 - sparsity) * 1.1);
        Assert.True(masked.allclose(compacted, rtol: 1e-4, atol: 1e-5));
    }

    [Fact]
    public void Pruning_removes_the_weakest_channels_and_never_revives_one()
    {
        torch.manual_seed(6);
        using var net = new TinyKeywordNet(TinyNetShape.Watch);
        using (no_grad())
        {
            net.Layers[0].Weight[3].mul_(0.01); // channel 3 of the stem is nearly dead
        }

        ChannelPruner.Prune(net, 0.1);
        float[] first = net.Layers[0].Mask.data<float>().ToArray();
        ChannelPruner.Prune(net, 0.3);
        float[] second = net.Layers[0].Mask.data<float>().ToArray();

        Assert.Equal(0f, first[3]);
        Assert.All(Enumerable.Range(0, 24), c => Assert.True(second[c] <= first[c]));
        Assert.Equal(second, net.Layers[1].Mask.data<float>().ToArray()); // the depthwise layer follows its producer
    }

    [Fact]
    public void The_schedule_prunes_most_early_and_reaches_the_target()
    {
        double[] steps = Enumerable.Range(1, 4).Select(s => ChannelPruner.SparsityAt(s, 4, 0.4)).ToArray();

        Assert.Equal(0.4, steps[^1], 10);
        Assert.True(steps[0] > 0.4 / 4);
        Assert.Equal(steps.Order(), steps);
    }
}
