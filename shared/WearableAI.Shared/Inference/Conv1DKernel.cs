using WearableAI.Shared.Common;

namespace WearableAI.Shared.Inference
{
    /// <summary>
    /// Convolution over time: output frame m is
    /// <c>out[o] = requant(Bias[o] + Σ_j Σ_i W[o][j][i] · x[m·s + j·d][i])</c>
    /// ("valid": no padding). <see cref="ComputeFrame"/> serves the streaming form
    /// (<see cref="TimeConvStream"/>), <see cref="RunBatch"/> a whole window; both give identical bytes.
    /// </summary>
    /// <remarks>Ops per output frame: <c>2 · k · in · out + 6 · out</c>. Allocation-free.</remarks>
    public static class Conv1DKernel
    {
        /// <summary>Computes one output frame from taps located anywhere in <paramref name="frames"/>.</summary>
        /// <param name="layer">A <see cref="LayerKind.Conv1D"/> layer.</param>
        /// <param name="frames">Frame storage (e.g. <see cref="FrameRing.Frames"/>).</param>
        /// <param name="tapStarts">Start index of each tap's frame, oldest first (k entries).</param>
        /// <param name="output">Receives <c>OutChannels</c> int8 values.</param>
        /// <param name="outputOffset">Index of the first output.</param>
        /// <param name="accumulators">When not null, receives the raw accumulators at <paramref name="outputOffset"/>.</param>
        /// <param name="ops">Op counter, or null.</param>
        public static void ComputeFrame(QuantizedLayer layer, sbyte[] frames, int[] tapStarts, sbyte[] output, int outputOffset, int[]? accumulators, OpCounter? ops)
        {
            int inCount = layer.InChannels;
            int outCount = layer.OutChannels;
            int taps = layer.KernelSize;
            sbyte[] weights = layer.Weights;
            int w = 0;
            for (int o = 0; o < outCount; o++)
            {
                int acc = layer.Bias[o];
                for (int j = 0; j < taps; j++)
                {
                    int x = tapStarts[j];
                    for (int i = 0; i < inCount; i++)
                    {
                        acc += weights[w] * frames[x + i];
                        w++;
                    }
                }

                if (accumulators != null)
                {
                    accumulators[outputOffset + o] = acc;
                }

                output[outputOffset + o] = Requantizer.Requantize(acc, layer.Multipliers[o], layer.Shifts[o], layer.OutputZeroPoint, layer.ActMin, layer.ActMax);
            }

            if (ops != null)
            {
                ops.Add(layer.OpsPerOutputFrame);
            }
        }

        /// <summary>Number of output frames a window of <paramref name="frameCount"/> input frames yields.</summary>
        /// <param name="layer">The layer (Conv1D or DepthwiseConv1D).</param>
        /// <param name="frameCount">Input frames in the window.</param>
        /// <returns><c>(T − span) / s + 1</c>, or 0 when the window is shorter than the span.</returns>
        public static int OutputFrames(QuantizedLayer layer, int frameCount)
        {
            int span = layer.FrameSpan;
            if (frameCount < span)
            {
                return 0;
            }

            return ((frameCount - span) / layer.Stride) + 1;
        }

        /// <summary>Convolves a whole window of frames stored one after another.</summary>
        /// <param name="layer">A <see cref="LayerKind.Conv1D"/> layer.</param>
        /// <param name="input">Input frames, <c>frameCount · InChannels</c> values.</param>
        /// <param name="frameCount">Input frames.</param>
        /// <param name="output">Receives <see cref="OutputFrames"/> frames of <c>OutChannels</c> values.</param>
        /// <param name="accumulators">When not null, receives the raw accumulators in the same layout as the output.</param>
        /// <param name="ops">Op counter, or null.</param>
        /// <returns>Output frames written.</returns>
        public static int RunBatch(QuantizedLayer layer, sbyte[] input, int frameCount, sbyte[] output, int[]? accumulators, OpCounter? ops)
        {
            int outFrames = OutputFrames(layer, frameCount);
            int inCount = layer.InChannels;
            int outCount = layer.OutChannels;
            int taps = layer.KernelSize;
            int frameStep = layer.Stride * inCount;
            int tapStep = layer.Dilation * inCount;
            sbyte[] weights = layer.Weights;
            for (int m = 0; m < outFrames; m++)
            {
                int frameStart = m * frameStep;
                int w = 0;
                for (int o = 0; o < outCount; o++)
                {
                    int acc = layer.Bias[o];
                    for (int j = 0; j < taps; j++)
                    {
                        int x = frameStart + (j * tapStep);
                        for (int i = 0; i < inCount; i++)
                        {
                            acc += weights[w] * input[x + i];
                            w++;
                        }
                    }

                    int at = (m * outCount) + o;
                    if (accumulators != null)
                    {
                        accumulators[at] = acc;
                    }

                    output[at] = Requantizer.Requantize(acc, layer.Multipliers[o], layer.Shifts[o], layer.OutputZeroPoint, layer.ActMin, layer.ActMax);
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
