using WearableAI.Shared.Common;

namespace WearableAI.Shared.Inference
{
    /// <summary>
    /// Fully connected layer on one frame (also the pointwise 1×1 convolution):
    /// <c>out[o] = requant(Bias[o] + Σ_i W[o][i] · in[i])</c>.
    /// </summary>
    /// <remarks>Ops per call: <c>2 · in · out + 6 · out</c>. Allocation-free.</remarks>
    public static class DenseKernel
    {
        /// <summary>Computes one output frame.</summary>
        /// <param name="layer">A <see cref="LayerKind.Dense"/> layer.</param>
        /// <param name="input">Input activations.</param>
        /// <param name="inputOffset">Index of the first of <c>InChannels</c> inputs.</param>
        /// <param name="output">Receives <c>OutChannels</c> int8 values.</param>
        /// <param name="outputOffset">Index of the first output.</param>
        /// <param name="accumulators">When not null, receives the raw int32 accumulators (tests, debugging).</param>
        /// <param name="ops">Op counter, or null.</param>
        public static void Run(QuantizedLayer layer, sbyte[] input, int inputOffset, sbyte[] output, int outputOffset, int[]? accumulators, OpCounter? ops)
        {
            int inCount = layer.InChannels;
            int outCount = layer.OutChannels;
            sbyte[] weights = layer.Weights;
            int w = 0;
            for (int o = 0; o < outCount; o++)
            {
                int acc = layer.Bias[o];
                for (int i = 0; i < inCount; i++)
                {
                    acc += weights[w] * input[inputOffset + i];
                    w++;
                }

                if (accumulators != null)
                {
                    accumulators[o] = acc;
                }

                output[outputOffset + o] = Requantizer.Requantize(acc, layer.Multipliers[o], layer.Shifts[o], layer.OutputZeroPoint, layer.ActMin, layer.ActMax);
            }

            if (ops != null)
            {
                ops.Add(layer.OpsPerOutputFrame);
            }
        }
    }
}
