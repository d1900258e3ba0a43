using WearableAI.Shared.Common;
using WearableAI.Shared.Inference;

namespace WearableAI.Shared.Tests.Inference;

/// <summary>Each kernel against a double-precision reference computed from the real scales.</summary>
public class KernelReferenceTests
{
    private static void AssertMatchesReference(ReferenceLayer reference, sbyte[] input, sbyte[] output, int[] accumulators, int outFrames)
    {
        QuantizedLayer layer = reference.Layer;
        int offByOne = 0;
        for (int m = 0; m < outFrames; m++)
        {
            for (int o = 0; o < layer.OutChannels; o++)
            {
                int at = (m * layer.OutChannels) + o;
                Assert.Equal(reference.Accumulator(input, m, o), accumulators[at]);
                int expected = reference.Expected(input, m, o);
                Assert.InRange(output[at], expected - 1, expected + 1);
                if (output[at] != expected) offByOne++;
            }
        }

        // The multiplier is exact to 2^-31: disagreements are rare rounding ties, not a bias.
        Assert.True(offByOne * 20 <= outFrames * layer.OutChannels, $"{offByOne} outputs off by one LSB");
    }

    [Theory]
    [InlineData(32, 24, false, 1)]
    [InlineData(24, 13, false, 2)]
    [InlineData(1, 1, true, 3)]
    [InlineData(64, 8, true, 4)]
    public void Dense_matches_the_double_reference_within_one_lsb(int inChannels, int outChannels, bool relu, int seed)
    {
        Random rng = new(seed);
        ReferenceLayer reference = ReferenceLayer.Create(rng, LayerKind.Dense, inChannels, outChannels, 1, 1, 1, relu);
        for (int trial = 0; trial < 20; trial++)
        {
            sbyte[] input = ReferenceLayer.RandomFrames(rng, 1, inChannels);
            sbyte[] output = new sbyte[outChannels];
            int[] acc = new int[outChannels];
            DenseKernel.Run(reference.Layer, input, 0, output, 0, acc, null);
            AssertMatchesReference(reference, input, output, acc, 1);
        }
    }

    [Theory]
    [InlineData(32, 24, 3, 2, 1, 5)]
    [InlineData(8, 8, 5, 1, 2, 6)]
    [InlineData(16, 4, 1, 3, 1, 7)]
    [InlineData(4, 12, 4, 2, 3, 8)]
    public void Conv1D_batch_matches_the_double_reference_within_one_lsb(int inChannels, int outChannels, int kernel, int stride, int dilation, int seed)
    {
        Random rng = new(seed);
        ReferenceLayer reference = ReferenceLayer.Create(rng, LayerKind.Conv1D, inChannels, outChannels, kernel, stride, dilation, relu: seed % 2 == 0);
        const int frames = 40;
        sbyte[] input = ReferenceLayer.RandomFrames(rng, frames, inChannels);
        int outFrames = Conv1DKernel.OutputFrames(reference.Layer, frames);
        sbyte[] output = new sbyte[outFrames * outChannels];
        int[] acc = new int[output.Length];
        Assert.Equal(outFrames, Conv1DKernel.RunBatch(reference.Layer, input, frames, output, acc, null));
        Assert.Equal(((frames - reference.Layer.FrameSpan) / stride) + 1, outFrames);
        AssertMatchesReference(reference, input, output, acc, outFrames);
    }

    [Theory]
    [InlineData(24, 3, 1, 1, 9)]
    [InlineData(16, 5, 2, 2, 10)]
    [InlineData(1, 2, 1, 4, 11)]
    public void Depthwise_conv1d_batch_matches_the_double_reference_within_one_lsb(int channels, int kernel, int stride, int dilation, int seed)
    {
        Random rng = new(seed);
        ReferenceLayer reference = ReferenceLayer.Create(rng, LayerKind.DepthwiseConv1D, channels, channels, kernel, stride, dilation, relu: true);
        const int frames = 50;
        sbyte[] input = ReferenceLayer.RandomFrames(rng, frames, channels);
        int outFrames = Conv1DKernel.OutputFrames(reference.Layer, frames);
        sbyte[] output = new sbyte[outFrames * channels];
        int[] acc = new int[output.Length];
        Assert.Equal(outFrames, DepthwiseConv1DKernel.RunBatch(reference.Layer, input, frames, output, acc, null));
        AssertMatchesReference(reference, input, output, acc, outFrames);
    }

    [Fact]
    public void Streaming_frame_kernels_report_the_same_accumulators_as_the_reference()
    {
        Random rng = new(12);
        ReferenceLayer reference = ReferenceLayer.Create(rng, LayerKind.Conv1D, 6, 5, 3, 1, 2, relu: false);
        sbyte[] input = ReferenceLayer.RandomFrames(rng, 5, 6);
        int[] taps = [0, 12, 24]; // frames 0, 2, 4 of the window
        sbyte[] output = new sbyte[5];
        int[] acc = new int[5];
        Conv1DKernel.ComputeFrame(reference.Layer, input, taps, output, 0, acc, null);
        AssertMatchesReference(reference, input, output, acc, 1);

        ReferenceLayer depthwise = ReferenceLayer.Create(rng, LayerKind.DepthwiseConv1D, 6, 6, 3, 1, 2, relu: false);
        output = new sbyte[6];
        acc = new int[6];
        DepthwiseConv1DKernel.ComputeFrame(depthwise.Layer, input, taps, output, 0, acc, null);
        AssertMatchesReference(depthwise, input, output, acc, 1);
    }

    [Fact]
    public void Argmax_picks_the_highest_logit_and_the_first_of_equals()
    {
        sbyte[] scores = [5, -3, 90, 90, 12];
        OpCounter ops = new();
        Assert.Equal(2, ScoreArgMax.Find(scores, 0, scores.Length, ops));
        Assert.Equal(4, ops.Ops);
        Assert.Equal(0, ScoreArgMax.Find(scores, 2, 2, null)); // a tie goes to the first
        Assert.Equal(1, ScoreArgMax.Find(scores, 1, 2, null));
    }
}
