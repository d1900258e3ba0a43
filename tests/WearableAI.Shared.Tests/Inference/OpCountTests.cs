using WearableAI.Shared.Audio;
using WearableAI.Shared.Common;
using WearableAI.Shared.Inference;
using WearableAI.Shared.Models;
using WearableAI.TestSupport.Models;

namespace WearableAI.Shared.Tests.Inference;

public class OpCountTests
{
    private static QuantizedLayer Layer(LayerKind kind, int inChannels, int outChannels, int kernel = 1, int stride = 1, int dilation = 1) =>
        RandomWatchModel.RandomLayer(new Random(1), kind, inChannels, outChannels, kernel, stride, dilation, 0, relu: true);

    [Fact]
    public void Dense_counts_two_ops_per_mac_and_six_per_output()
    {
        QuantizedLayer layer = Layer(LayerKind.Dense, 32, 13);
        OpCounter ops = new();
        DenseKernel.Run(layer, new sbyte[32], 0, new sbyte[13], 0, null, ops);
        Assert.Equal((2 * 32 * 13) + (6 * 13), ops.Ops);
    }

    [Fact]
    public void Conv1D_batch_counts_each_output_frame()
    {
        QuantizedLayer layer = Layer(LayerKind.Conv1D, 32, 24, 3, 2);
        OpCounter ops = new();
        int outFrames = Conv1DKernel.RunBatch(layer, new sbyte[31 * 32], 31, new sbyte[15 * 24], null, ops);
        Assert.Equal(15, outFrames);
        Assert.Equal(15L * ((2 * 3 * 32 * 24) + (6 * 24)), ops.Ops);
    }

    [Fact]
    public void Streaming_conv_counts_only_frames_that_produce_an_output()
    {
        QuantizedLayer layer = Layer(LayerKind.Conv1D, 32, 24, 3, 2);
        TimeConvStream stream = new(layer);
        OpCounter ops = new();
        int produced = 0;
        for (int t = 0; t < 20; t++) produced += stream.Push(new sbyte[32], 0, new sbyte[24], 0, ops) ? 1 : 0;
        Assert.Equal(9, produced); // first after 3 frames, then every 2nd: t = 2, 4, …, 18
        Assert.Equal(produced * ((2L * 3 * 32 * 24) + (6 * 24)), ops.Ops);
    }

    [Fact]
    public void Depthwise_counts_k_macs_per_channel()
    {
        QuantizedLayer layer = Layer(LayerKind.DepthwiseConv1D, 24, 24, 3, 1, 2);
        TimeConvStream stream = new(layer);
        OpCounter ops = new();
        for (int t = 0; t < 5; t++) stream.Push(new sbyte[24], 0, new sbyte[24], 0, ops);
        Assert.Equal((2 * 3 * 24) + (6 * 24), ops.Ops);
    }

    [Fact]
    public void The_docs_example_model_costs_about_145k_ops_per_second_of_audio()
    {
        WatchModel model = ExampleModels.DocsExample();
        ModelRunner runner = model.CreateRunner();
        sbyte[] features = ReferenceLayer.RandomFrames(new Random(5), 100, 32);
        for (int t = 0; t < 100; t++) runner.PushFrame(features, t * 32, null);

        OpCounter ops = new();
        const int frames = 3126; // 100 s of audio at 31.25 frames/s, rounded up to whole conv strides
        for (int t = 0; t < frames; t++) runner.PushFrame(features, (t % 100) * 32, ops);

        // Per 2 input frames: conv 4752 + DS block 1 (288 + 1296) + DS block 2 (288 + 1728) + head 910 = 9262.
        Assert.Equal(frames / 2 * 9262L, ops.Ops);
        long opsPerSecond = ops.Ops * new FrontEndSettings().FramesPerKilosecond / (1000L * frames);
        Assert.Equal(144_718, opsPerSecond);
        Assert.Equal(5477, runner.WeightBytes);
        Assert.Equal(609, runner.WorkingBytes);
    }
}
