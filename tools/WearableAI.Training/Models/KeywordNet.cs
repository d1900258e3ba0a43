using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace WearableAI.Training.Models;

/// <summary>
/// A compact depthwise-separable 1-D CNN (DS-CNN) keyword classifier over log-mel frames.
/// Input <c>[batch, bands, frames]</c> (int8 features as float), output logits <c>[batch, classes]</c>.
/// </summary>
/// <remarks>
/// Layout: a strided stem convolution (bands → width), then <see cref="KeywordNetShape.Blocks"/>
/// blocks of depthwise (dilation 1, 2, 4, …) and pointwise convolutions, each followed by
/// batch normalisation and ReLU; dropout; global average pooling over time; a linear classifier.
/// Every layer is one <see cref="Export.OnnxExporter"/> supports, held in <see cref="Layers"/> in order.
/// The frame axis can be any length ≥ the stem kernel; pooling makes the output independent of it.
/// </remarks>
public sealed class KeywordNet : Module<Tensor, Tensor>
{
    private readonly Sequential layers;

    /// <summary>Builds the network with freshly initialised weights.</summary>
    /// <param name="shape">Sizes of the network.</param>
    public KeywordNet(KeywordNetShape shape)
        : base(nameof(KeywordNet))
    {
        ArgumentNullException.ThrowIfNull(shape);
        Shape = shape;
        var modules = new List<(string Name, Module<Tensor, Tensor> Module)>
        {
            ("stem", Conv1d(shape.Bands, shape.Width, kernel_size: 5, stride: 2, padding: 2, bias: false)),
            ("stem_bn", BatchNorm1d(shape.Width)),
            ("stem_relu", ReLU()),
        };
        for (int block = 0; block < shape.Blocks; block++)
        {
            int dilation = 1 << (block % 3);
            modules.Add(($"dw{block}", Conv1d(shape.Width, shape.Width, kernel_size: 3, padding: dilation, dilation: dilation, groups: shape.Width, bias: false)));
            modules.Add(($"dw{block}_bn", BatchNorm1d(shape.Width)));
            modules.Add(($"dw{block}_relu", ReLU()));
            modules.Add(($"pw{block}", Conv1d(shape.Width, shape.Width, kernel_size: 1, bias: false)));
            modules.Add(($"pw{block}_bn", BatchNorm1d(shape.Width)));
            modules.Add(($"pw{block}_relu", ReLU()));
        }

        modules.Add(("dropout", Dropout(shape.Dropout)));
        modules.Add(("pool", AdaptiveAvgPool1d(1)));
        modules.Add(("flatten", Flatten()));
        modules.Add(("classifier", Linear(shape.Width, shape.Classes)));
        layers = Sequential(modules);
        RegisterComponents();
    }

    /// <summary>The sizes this network was built with.</summary>
    public KeywordNetShape Shape { get; }

    /// <summary>The layers in forward order (what the ONNX exporter walks).</summary>
    public Sequential Layers => layers;

    /// <summary>Number of trainable parameters.</summary>
    public long ParameterCount => parameters().Sum(p => p.numel());

    /// <inheritdoc />
    public override Tensor forward(Tensor input) => layers.forward(input);
}
