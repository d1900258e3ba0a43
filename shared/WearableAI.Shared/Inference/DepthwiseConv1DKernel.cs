using WearableAI.Shared.Common;

namespace WearableAI.Shared.Inference
{
    /// <summary>
    /// Depthwise convolution over time (channel multiplier 1): output frame m is
    /// <c>out[c] = requant(Bias[c] + Σ_j W[c][j] · x[m·s + j·d][c])</c> ("valid": no padding).
    /// <see cref="ComputeFrame"/> serves <see cref="TimeConvStream"/>, <see cref="RunBatch"/> a whole window.
    /// </summary>
    /// <remarks>Ops per output frame: <c>2 · k · C + 6 · C</c>. Allocation-free.</remarks>
    public static class DepthwiseConv1DKernel
    {
        /// <summary>Computes one output frame from taps located anywhere in <paramref name="frames"/>.</summary>
        /// <param name="layer">A <see cref="LayerKind.DepthwiseConv1D"/> layer.</param>
        /// <param name="frames">Frame storage (e.g. <see cref="FrameRing.Frames"/>).</param>
        /// <param name="tapStarts">Start index of each tap's frame, oldest first (k entries).</param>
        /// <param name="output">Receives C int8 values.</param>
        /// <param name="outputOffset">Index of the first output.</param>
        /// <param name="accumulators">When not null, receives the raw accumulators at <paramref name="outputOffset"/>.</param>
        /// <param name="ops">Op counter, or null.</param>
        public static void ComputeFrame(QuantizedLayer layer, sbyte[] frames, int[] tapStarts, sbyte[] output, int outputOffset, int[]? accumulators, OpCounter? ops)
        {
            int channels = layer.OutChannels;
            int taps = layer.KernelSize;
            sbyte[] weights = layer.Weights;
            int w = 0;
            for (int c = 0; c < channels; c++)
            {
                int acc = layer.Bias[c];
                for (int j = 0; j < taps; j++)
                {
                    acc += weights[w] * frames[tapStarts[j] + c];
                    w++;
                }

                if (accumulators != null)
                {
                    accumulators[outputOffset + c] = acc;
                }

                output[outputOffset + c] = Requantizer.Requantize(acc, layer.Multipliers[c], layer.Shifts[c], layer.OutputZeroPoint, layer.ActMin, layer.ActMax);
            }

            if (ops != null)
            {
                ops.Add(layer.OpsPerOutputFrame);
            }
        }

        /// <summary>Convolves a whole window of frames stored one after another.</summary>
        /// <param name="layer">A <see cref="LayerKind.DepthwiseConv1D"/> layer.</param>
        /// <param name="input">Input frames, <c>frameCount · C</c> values.</param>
        /// <param name="frameCount">Input frames.</param>
        /// <param name="output">Receives <see cref="Conv1DKernel.OutputFrames"/> frames of C values.</param>
        /// <param name="accumulators">When not null, receives the raw accumulators in the same layout as the output.</param>
        /// <param name="ops">Op counter, or null.</param>
        /// <returns>Output frames written.</returns>
        public static int RunBatch(QuantizedLayer layer, sbyte[] input, int frameCount, sbyte[] output, int[]? accumulators, OpCounter? ops)
        {
            int outFrames = Conv1DKernel.OutputFrames(layer, frameCount);
            int channels = layer.OutChannels;
            int taps = layer.KernelSize;
            int frameStep = layer.Stride * channels;
            int tapStep = layer.Dilation * channels;
            sbyte[] weights = layer.Weights;
            for (int m = 0; m < outFrames; m++)
            {
                int frameStart = m * frameStep;
                int w = 0;
                for (int c = 0; c < channels; c++)
                {
                    int acc = layer.Bias[c];
                    for (int j = 0; j < taps; j++)
                    {
                        acc += weights[w] * input[frameStart + (j * tapStep) + c];
                        w++;
                    }

                    int at = (m * channels) + c;
                    if (accumulators != null)
                    {
                        accumulators[at] = acc;
                    }

                    output[at] = Requantizer.Requantize(acc, layer.Multipliers[c], layer.Shifts[c], layer.OutputZeroPoint, layer.ActMin, layer.ActMax);
                }
            }

            if (ops != null)
            {
                ops.Add(outFrames * layer.OpsPerOutputFrame);
            }

            return outFrames;
        }
    }
}
