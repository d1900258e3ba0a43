using System.Runtime.CompilerServices;

namespace WearableAI.Kernels
{
    /// <summary>
    /// The model's int8 layers in C++, one output frame per call
    /// (firmware/native/WearableAI.Kernels/WearableAI_Kernels_WearableAI_Kernels_LayerNative.cpp); the C# reference is
    /// Conv1DKernel, DepthwiseConv1DKernel, DenseKernel and Requantizer.
    /// </summary>
    public static class LayerNative
    {
        /// <summary>One output frame of a Conv1D (depthwise 0) or DepthwiseConv1D (depthwise 1) layer.</summary>
        /// <param name="depthwise">1 for a depthwise layer.</param>
        /// <param name="inChannels">Input channels.</param>
        /// <param name="outChannels">Output channels.</param>
        /// <param name="taps">Kernel size.</param>
        /// <param name="zeroPoint">Output zero point.</param>
        /// <param name="actMin">Lowest output.</param>
        /// <param name="actMax">Highest output.</param>
        /// <param name="weights">Weights, output-major.</param>
        /// <param name="bias">Bias per output channel.</param>
        /// <param name="multipliers">Requantisation multipliers.</param>
        /// <param name="shifts">Requantisation shifts.</param>
        /// <param name="frames">The layer's frame ring.</param>
        /// <param name="tapStarts">Where each tap's frame starts.</param>
        /// <param name="output">Receives outChannels values.</param>
        /// <param name="outputOffset">Where to write.</param>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void TimeConv(int depthwise, int inChannels, int outChannels, int taps, int zeroPoint, int actMin, int actMax,
            sbyte[] weights, int[] bias, int[] multipliers, int[] shifts, sbyte[] frames, int[] tapStarts, sbyte[] output, int outputOffset);

        /// <summary>A Dense layer.</summary>
        /// <param name="inChannels">Inputs.</param>
        /// <param name="outChannels">Outputs.</param>
        /// <param name="zeroPoint">Output zero point.</param>
        /// <param name="actMin">Lowest output.</param>
        /// <param name="actMax">Highest output.</param>
        /// <param name="weights">Weights, output-major.</param>
        /// <param name="bias">Bias per output.</param>
        /// <param name="multipliers">Requantisation multipliers.</param>
        /// <param name="shifts">Requantisation shifts.</param>
        /// <param name="input">Input values.</param>
        /// <param name="inputOffset">First input value.</param>
        /// <param name="output">Receives outChannels values.</param>
        /// <param name="outputOffset">Where to write.</param>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void FullyConnected(int inChannels, int outChannels, int zeroPoint, int actMin, int actMax,
            sbyte[] weights, int[] bias, int[] multipliers, int[] shifts, sbyte[] input, int inputOffset, sbyte[] output, int outputOffset);
    }
}
