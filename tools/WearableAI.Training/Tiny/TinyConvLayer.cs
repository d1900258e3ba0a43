using TorchSharp;
using TorchSharp.Modules;
using WearableAI.Shared.Inference;
using static TorchSharp.torch;

namespace WearableAI.Training.Tiny;

/// <summary>
/// One layer of <see cref="TinyKeywordNet"/> in a form the int8 kernels run: a "valid" time
/// convolution (full, depthwise, or 1×1 = dense) with bias and optional ReLU, with a channel
/// mask for structured pruning and an <see cref="ActivationRange"/> for its output.
/// </summary>
/// <remarks>
/// Weights are stored as TorchSharp's conv1d expects, <c>[out, in / groups, k]</c>; the export
/// reorders them to the kernels' layouts. With quantisation on, the forward pass fake-quantises
/// weights (per channel, symmetric), bias (on the <c>in_scale · w_scale</c> grid) and output
/// (per tensor, asymmetric, clamp = ReLU), exactly as the kernels compute.
/// </remarks>
public sealed class TinyConvLayer : nn.Module
{
    private readonly Parameter weight;
    private readonly Parameter bias;
    private readonly Tensor mask;

    /// <summary>Creates a layer with Kaiming-uniform weights and zero bias.</summary>
    /// <param name="name">Module name.</param>
    /// <param name="kind">Dense (1×1), Conv1D or DepthwiseConv1D.</param>
    /// <param name="inChannels">Input channels.</param>
    /// <param name="outChannels">Output channels (= input for depthwise).</param>
    /// <param name="kernel">Taps.</param>
    /// <param name="stride">Stride.</param>
    /// <param name="dilation">Dilation.</param>
    /// <param name="relu">Whether a ReLU follows.</param>
    /// <param name="generator">Random generator of the initial weights (null: torch's global one).</param>
    public TinyConvLayer(string name, LayerKind kind, int inChannels, int outChannels, int kernel, int stride, int dilation, bool relu, Generator? generator = null)
        : base(name)
    {
        if (kind == LayerKind.DepthwiseConv1D && inChannels != outChannels)
        {
            throw new ArgumentException($"Depthwise layer {name} needs in = out channels, got {inChannels} and {outChannels}.");
        }

        Kind = kind;
        InChannels = inChannels;
        OutChannels = outChannels;
        KernelSize = kernel;
        Stride = stride;
        Dilation = dilation;
        Relu = relu;
        int perGroup = kind == LayerKind.DepthwiseConv1D ? 1 : inChannels;
        weight = new Parameter(empty(outChannels, perGroup, kernel));
        bias = new Parameter(zeros(outChannels));
        double bound = 1.0 / Math.Sqrt(perGroup * kernel) * Math.Sqrt(3.0) * (relu ? Math.Sqrt(2.0) : 1.0);
        using (no_grad())
        {
            using Tensor uniform = rand([outChannels, perGroup, kernel], generator: generator);
            using Scalar width = (2 * bound).ToScalar(), offset = bound.ToScalar(); // kept alive across the native calls
            weight.copy_(uniform.mul(width).sub(offset));
        }

        mask = ones(outChannels);
        OutputRange = new ActivationRange();
        register_parameter("weight", weight);
        register_parameter("bias", bias);
        register_buffer("mask", mask);
    }

    /// <summary>What the kernels compute for this layer.</summary>
    public LayerKind Kind { get; }

    /// <summary>Input channels.</summary>
    public int InChannels { get; }

    /// <summary>Output channels.</summary>
    public int OutChannels { get; }

    /// <summary>Taps over time.</summary>
    public int KernelSize { get; }

    /// <summary>Stride over time.</summary>
    public int Stride { get; }

    /// <summary>Distance between taps.</summary>
    public int Dilation { get; }

    /// <summary>Whether the output is clamped at 0 (act min = zero point in the blob).</summary>
    public bool Relu { get; }

    /// <summary>Tracked range of the output (after ReLU).</summary>
    public ActivationRange OutputRange { get; }

    /// <summary>Weights <c>[out, in / groups, k]</c> (trainable).</summary>
    public Parameter Weight => weight;

    /// <summary>Bias <c>[out]</c> (trainable).</summary>
    public Parameter Bias => bias;

    /// <summary>Output-channel mask, 1 = kept, 0 = pruned (structured pruning).</summary>
    public Tensor Mask => mask;

    /// <summary>Lowest output code: the zero point with ReLU, otherwise −128.</summary>
    public int CodeMin => Relu ? OutputRange.ZeroPoint : -128;

    /// <summary>Weights with pruned channels zeroed.</summary>
    /// <returns>A new tensor.</returns>
    public Tensor MaskedWeight() => weight * mask.view(-1, 1, 1);

    /// <summary>Bias with pruned channels zeroed.</summary>
    /// <returns>A new tensor.</returns>
    public Tensor MaskedBias() => bias * mask;

    /// <summary>Runs the layer on <c>[batch, in, frames]</c>.</summary>
    /// <param name="input">Input activations (already on the int8 grid of the previous layer when quantising).</param>
    /// <param name="inputScale">Scale of the input activations (used for the bias grid).</param>
    /// <param name="quantise">Whether to fake-quantise weights, bias and output.</param>
    /// <returns><c>[batch, out, output frames]</c>.</returns>
    public Tensor Forward(Tensor input, double inputScale, bool quantise)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var scope = NewDisposeScope();
        Tensor w = MaskedWeight();
        Tensor b = MaskedBias();
        if (quantise)
        {
            Tensor scales = FakeQuant.WeightScales(w);
            w = FakeQuant.Weights(w, scales);
            b = FakeQuant.Bias(b, inputScale, scales);
        }

        long groups = Kind == LayerKind.DepthwiseConv1D ? InChannels : 1;
        Tensor y = nn.functional.conv1d(input, w, b, stride: Stride, padding: 0, dilation: Dilation, groups: groups);
        if (Relu)
        {
            y = nn.functional.relu(y);
        }

        if (training)
        {
            Tensor detached = y.detach();
            OutputRange.Observe(detached.min().item<float>(), detached.max().item<float>());
        }

        if (quantise)
        {
            y = FakeQuant.Activations(y, OutputRange.Scale, OutputRange.ZeroPoint, CodeMin, 127);
        }

        return y.MoveToOuterDisposeScope();
    }
}
