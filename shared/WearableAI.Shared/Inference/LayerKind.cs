namespace WearableAI.Shared.Inference
{
    /// <summary>The kinds of layer the watch runs. The numeric values are stored in the model blob.</summary>
    public enum LayerKind
    {
        /// <summary>
        /// Fully connected per frame: every output channel sees every input channel of the
        /// current frame. A pointwise (1×1) convolution is the same layer.
        /// </summary>
        Dense = 1,

        /// <summary>Convolution over time with kernel size k, stride s and dilation d, all input channels per tap.</summary>
        Conv1D = 2,

        /// <summary>Depthwise convolution over time: channel c of the output sees only channel c of the input.</summary>
        DepthwiseConv1D = 3,
    }
}
