using WearableAI.Shared.Common;
using WearableAI.Shared.Inference;
using WearableAI.Shared.Models;
using WearableAI.TestSupport.Models;

namespace WearableAI.Shared.Tests.Inference;

public class StreamingTests
{
    [Theory]
    [InlineData(LayerKind.Conv1D, 32, 24, 3, 2, 1)]
    [InlineData(LayerKind.Conv1D, 5, 7, 4, 3, 2)]
    [InlineData(LayerKind.Conv1D, 3, 2, 1, 1, 1)]
    [InlineData(LayerKind.DepthwiseConv1D, 24, 24, 3, 1, 1)]
    [InlineData(LayerKind.DepthwiseConv1D, 9, 9, 5, 2, 3)]
    public void Streaming_outputs_equal_the_batch_convolution_byte_for_byte(LayerKind kind, int inChannels, int outChannels, int kernel, int stride, int dilation)
    {
        Random rng = new(kernel * 100 + stride * 10 + dilation);
        QuantizedLayer layer = RandomWatchModel.RandomLayer(rng, kind, inChannels, outChannels, kernel, stride, dilation, 3, relu: false);
        const int frames = 61;
        sbyte[] input = ReferenceLayer.RandomFrames(rng, frames, inChannels);
        sbyte[] batch = new sbyte[Conv1DKernel.OutputFrames(layer, frames) * outChannels];
        int batchFrames = kind == LayerKind.Conv1D
            ? Conv1DKernel.RunBatch(layer, input, frames, batch, null, null)
            : DepthwiseConv1DKernel.RunBatch(layer, input, frames, batch, null, null);

        for (int pass = 0; pass < 2; pass++) // the second pass checks Reset
        {
            TimeConvStream conv = new(layer);
            TimeConvStream depthwise = new(layer);
            List<sbyte> streamed = [];
            sbyte[] frame = new sbyte[outChannels];
            for (int t = 0; t < frames; t++)
            {
                bool produced = kind == LayerKind.Conv1D
                    ? conv.Push(input, t * inChannels, frame, 0, null)
                    : depthwise.Push(input, t * inChannels, frame, 0, null);
                if (produced) streamed.AddRange(frame);
            }

            Assert.Equal(batchFrames * outChannels, streamed.Count);
            Assert.Equal(batch, streamed.ToArray());
            conv.Reset();
            depthwise.Reset();
        }
    }

    [Fact]
    public void The_first_streaming_output_comes_when_the_span_is_full_then_every_stride()
    {
        QuantizedLayer layer = RandomWatchModel.RandomLayer(new Random(1), LayerKind.Conv1D, 2, 2, 3, 2, 2, 0, relu: false);
        TimeConvStream stream = new(layer);
        sbyte[] x = new sbyte[2];
        sbyte[] y = new sbyte[2];
        List<int> outputsAt = [];
        for (int t = 0; t < 12; t++)
        {
            if (stream.Push(x, 0, y, 0, null)) outputsAt.Add(t);
        }

        Assert.Equal([4, 6, 8, 10], outputsAt); // span (3−1)·2+1 = 5 frames, then every 2
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Runner_scores_equal_the_batch_kernels_applied_layer_by_layer(int seed)
    {
        WatchModel model = RandomWatchModel.Create(seed);
        Random rng = new(seed);
        const int frames = 150;
        sbyte[] features = ReferenceLayer.RandomFrames(rng, frames, model.InputBands);

        // Batch: every InputStride-th frame, then each layer over the whole window.
        int used = (frames + model.InputStride - 1) / model.InputStride;
        sbyte[] x = new sbyte[used * model.InputBands];
        for (int f = 0; f < used; f++) Array.Copy(features, f * model.InputStride * model.InputBands, x, f * model.InputBands, model.InputBands);
        int count = used;
        foreach (QuantizedLayer layer in model.Layers)
        {
            int outFrames = layer.Kind == LayerKind.Dense ? count : Conv1DKernel.OutputFrames(layer, count);
            sbyte[] y = new sbyte[outFrames * layer.OutChannels];
            if (layer.Kind == LayerKind.Dense)
            {
                for (int f = 0; f < count; f++) DenseKernel.Run(layer, x, f * layer.InChannels, y, f * layer.OutChannels, null, null);
            }
            else if (layer.Kind == LayerKind.Conv1D) Conv1DKernel.RunBatch(layer, x, count, y, null, null);
            else DepthwiseConv1DKernel.RunBatch(layer, x, count, y, null, null);
            x = y;
            count = outFrames;
        }

        ModelRunner runner = model.CreateRunner();
        List<sbyte> streamed = [];
        for (int t = 0; t < frames; t++)
        {
            if (runner.PushFrame(features, t * model.InputBands, null)) streamed.AddRange(runner.Scores);
        }

        Assert.True(count > 0);
        Assert.Equal(x, streamed.ToArray());
    }

    [Fact]
    public void Steady_state_frames_allocate_nothing()
    {
        WatchModel model = RandomWatchModel.Create(7);
        ModelRunner runner = model.CreateRunner();
        OpCounter ops = new();
        sbyte[] features = ReferenceLayer.RandomFrames(new Random(7), 300, model.InputBands);
        for (int t = 0; t < 50; t++) runner.PushFrame(features, t * model.InputBands, ops);

        long before = GC.GetAllocatedBytesForCurrentThread();
        int results = 0;
        for (int t = 50; t < 300; t++)
        {
            if (runner.PushFrame(features, t * model.InputBands, ops))
            {
                results += ScoreArgMax.Find(runner.Scores, 0, runner.Scores.Length, ops) >= 0 ? 1 : 0;
            }
        }

        long after = GC.GetAllocatedBytesForCurrentThread();
        Assert.True(results > 0);
        Assert.Equal(0, after - before);
    }

    [Fact]
    public void Runner_reports_its_working_memory_and_weight_bytes()
    {
        WatchModel model = RandomWatchModel.Create(3);
        ModelRunner runner = model.CreateRunner();
        int expectedWeights = 0;
        int expectedWorking = 0;
        foreach (QuantizedLayer layer in model.Layers)
        {
            expectedWeights += layer.Weights.Length + (9 * layer.OutChannels);
            expectedWorking += layer.OutChannels;
            if (layer.Kind != LayerKind.Dense) expectedWorking += (layer.FrameSpan * layer.InChannels) + (4 * layer.KernelSize);
        }

        Assert.Equal(expectedWeights, runner.WeightBytes);
        Assert.Equal(expectedWorking, runner.WorkingBytes);
    }
}
