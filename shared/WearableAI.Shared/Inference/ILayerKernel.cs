namespace WearableAI.Shared.Inference
{
    /// <summary>
    /// The int8 layer arithmetic of <see cref="ModelRunner"/> (one output frame of a layer per call) done by other
    /// code than <see cref="Conv1DKernel"/>, <see cref="DepthwiseConv1DKernel"/> and <see cref="DenseKernel"/> — on the
    /// watch, a nanoFramework native interop assembly (firmware/native) — with the same integers: int32 accumulators
    /// that wrap like C# <c>int</c>, then <see cref="Requantizer.Requantize"/>. The C# kernels stay the reference.
    /// </summary>
    public interface ILayerKernel
    {
        /// <summary>
        /// What <see cref="Conv1DKernel.ComputeFrame"/> (or, for a depthwise layer,
        /// <see cref="DepthwiseConv1DKernel.ComputeFrame"/>) writes to <paramref name="output"/>.
        /// </summary>
        /// <param name="layer">A Conv1D or DepthwiseConv1D layer.</param>
        /// <param name="frames">The layer's frame ring.</param>
        /// <param name="tapStarts">Where each tap's frame starts in <paramref name="frames"/>.</param>
        /// <param name="output">Receives OutChannels values.</param>
        /// <param name="outputOffset">Where to write.</param>
        void ComputeFrame(QuantizedLayer layer, sbyte[] frames, int[] tapStarts, sbyte[] output, int outputOffset);

        /// <summary>What <see cref="DenseKernel.Run"/> writes to <paramref name="output"/>.</summary>
        /// <param name="layer">A Dense layer.</param>
        /// <param name="input">Input values.</param>
        /// <param name="inputOffset">First input value.</param>
        /// <param name="output">Receives OutChannels values.</param>
        /// <param name="outputOffset">Where to write.</param>
        void Dense(QuantizedLayer layer, sbyte[] input, int inputOffset, sbyte[] output, int outputOffset);
    }
}
