using TorchSharp;
using TorchSharp.Modules;
using WearableAI.Shared.Inference;
using static TorchSharp.torch;

namespace WearableAI.Training.Tiny;

/// <summary>
/// The tiny streaming keyword spotter for the watch: stem convolution, depthwise-separable
/// blocks and a dense head, all "valid" time convolutions the int8 kernels run, no pooling.
/// Input <c>[batch, bands, frames]</c> (int8 log-mel features as float), output logits
/// <c>[batch, classes, output frames]</c>: one row of logits per output frame, as
/// <c>ModelRunner</c> produces them while streaming.
/// </summary>
/// <remarks>
/// No batch norm (nothing to fold before quantisation-aware training). The input features are
/// int8 codes; the network reads them as <c>code · <see cref="InputScale"/></c> (zero point 0),
/// which is exactly how the first int8 layer sees them.
/// </remarks>
public sealed class TinyKeywordNet : nn.Module<Tensor, Tensor>
{
    /// <summary>Real value of one feature step: the network sees features / 32.</summary>
    public const double InputScale = 1.0 / 32.0;

    private readonly ModuleList<TinyConvLayer> layers;
    private readonly TinyConvLayer[] ordered;

    /// <summary>Builds the network with freshly initialised weights (seed torch first for reproducibility).</summary>
    /// <param name="shape">Sizes.</param>
    /// <param name="generator">Random generator of the initial weights (null: torch's global one).</param>
    public TinyKeywordNet(TinyNetShape shape, Generator? generator = null)
        : base(nameof(TinyKeywordNet))
    {
        ArgumentNullException.ThrowIfNull(shape);
        shape.Validate();
        Shape = shape;
        var list = new List<TinyConvLayer>
        {
            new("stem", LayerKind.Conv1D, shape.Bands, shape.StemChannels, shape.StemKernel, shape.StemStride, 1, relu: true, generator),
        };
        int width = shape.StemChannels;
        for (int b = 0; b < shape.Blocks.Count; b++)
        {
            TinyBlockShape block = shape.Blocks[b];
            list.Add(new($"dw{b}", LayerKind.DepthwiseConv1D, width, width, block.Kernel, 1, block.Dilation, relu: true, generator));
            list.Add(new($"pw{b}", LayerKind.Dense, width, block.Channels, 1, 1, 1, relu: true, generator));
            width = block.Channels;
        }

        list.Add(new("head", LayerKind.Dense, width, shape.Classes, 1, 1, 1, relu: false, generator));
        ordered = list.ToArray();
        layers = new ModuleList<TinyConvLayer>(ordered);
        RegisterComponents();
    }

    /// <summary>The sizes this network was built with.</summary>
    public TinyNetShape Shape { get; }

    /// <summary>The layers in order (stem, then depthwise/pointwise pairs, then the head).</summary>
    public IReadOnlyList<TinyConvLayer> Layers => ordered;

    /// <summary>Whether the forward pass fake-quantises (quantisation-aware training and its evaluation).</summary>
    public bool Quantise { get; set; }

    /// <summary>Trainable parameters, pruned channels included until the network is compacted.</summary>
    public long ParameterCount => parameters().Sum(p => p.numel());

    /// <summary>Scale of a layer's input: <see cref="InputScale"/> for the first, else the previous output's scale.</summary>
    /// <param name="layer">Layer index.</param>
    /// <returns>The scale.</returns>
    public double InputScaleOf(int layer) => layer == 0 ? InputScale : layers[layer - 1].OutputRange.Scale;

    /// <summary>Zero point of a layer's input (0 for the features).</summary>
    /// <param name="layer">Layer index.</param>
    /// <returns>The zero point.</returns>
    public int InputZeroPointOf(int layer) => layer == 0 ? 0 : layers[layer - 1].OutputRange.ZeroPoint;

    /// <inheritdoc />
    public override Tensor forward(Tensor input)
    {
        CheckInput(input);
        using var scope = NewDisposeScope();
        Tensor x = input;
        using Scalar low = (-128).ToScalar(), high = 127.ToScalar(), inputScale = InputScale.ToScalar(); // kept alive across the native calls
        if (Quantise)
        {
            x = x.round().clamp(low, high);
        }

        x = x.mul(inputScale);
        for (int i = 0; i < layers.Count; i++)
        {
            x = layers[i].Forward(x, InputScaleOf(i), Quantise);
        }

        return x.MoveToOuterDisposeScope();
    }

    /// <summary>Throws a clear <see cref="ArgumentException"/> when features do not fit the network.</summary>
    /// <param name="features">Features <c>[batch, bands, frames]</c>.</param>
    public void CheckInput(Tensor features)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.dim() != 3 || features.shape[1] != Shape.Bands)
        {
            throw new ArgumentException($"Tiny model input must be [batch, {Shape.Bands} bands, frames]; got [{string.Join(", ", features.shape)}].", nameof(features));
        }

        if (features.shape[2] < Shape.ReceptiveField)
        {
            throw new ArgumentException($"Tiny model input needs at least {Shape.ReceptiveField} frames (its receptive field); got {features.shape[2]}.", nameof(features));
        }
    }
}
