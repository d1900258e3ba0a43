using WearableAI.Shared.Inference;

namespace WearableAI.Kernels
{
    /// <summary>The model's int8 layers in C++ (the interop assembly WearableAI.Kernels), one call per layer and output frame.</summary>
    public sealed class NativeLayerKernel : ILayerKernel
    {
        /// <inheritdoc/>
        public void ComputeFrame(QuantizedLayer layer, sbyte[] frames, int[] tapStarts, sbyte[] output, int outputOffset)
        {
            LayerNative.TimeConv(layer.Kind == LayerKind.DepthwiseConv1D ? 1 : 0, layer.InChannels, layer.OutChannels, layer.KernelSize,
                layer.OutputZeroPoint, layer.ActMin, layer.ActMax, layer.Weights, layer.Bias, layer.Multipliers, layer.Shifts,
                frames, tapStarts, output, outputOffset);
        }

        /// <inheritdoc/>
        public void Dense(QuantizedLayer layer, sbyte[] input, int inputOffset, sbyte[] output, int outputOffset)
        {
            LayerNative.FullyConnected(layer.InChannels, layer.OutChannels, layer.OutputZeroPoint, layer.ActMin, layer.ActMax,
                layer.Weights, layer.Bias, layer.Multipliers, layer.Shifts, input, inputOffset, output, outputOffset);
        }
    }
}
