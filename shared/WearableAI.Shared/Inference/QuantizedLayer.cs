namespace WearableAI.Shared.Inference
{
    /// <summary>
    /// One int8 layer: its shape, its quantisation parameters and its weights. Plain data,
    /// filled by <c>ModelBlobLoader</c> (or by a test); the kernels only read it.
    /// </summary>
    /// <remarks>
    /// Weight layout: Dense <c>[out][in]</c>; Conv1D <c>[out][tap][in]</c> (tap 0 is the oldest
    /// frame); DepthwiseConv1D <c>[channel][tap]</c>. Biases already contain the input
    /// zero-point correction: <c>acc = Bias[o] + Σ w · x_raw</c> (docs/kernels.md).
    /// </remarks>
    public sealed class QuantizedLayer
    {
        /// <summary>What the layer computes.</summary>
        public LayerKind Kind = LayerKind.Dense;

        /// <summary>Channels per input frame.</summary>
        public int InChannels;

        /// <summary>Channels per output frame (equals <see cref="InChannels"/> for depthwise).</summary>
        public int OutChannels;

        /// <summary>Taps over time (1 for Dense).</summary>
        public int KernelSize = 1;

        /// <summary>An output frame every <see cref="Stride"/> input frames (1 for Dense).</summary>
        public int Stride = 1;

        /// <summary>Distance in frames between taps (1 for Dense).</summary>
        public int Dilation = 1;

        /// <summary>Zero point of the input activations (already folded into <see cref="Bias"/>).</summary>
        public int InputZeroPoint;

        /// <summary>Zero point of the output activations.</summary>
        public int OutputZeroPoint;

        /// <summary>Lowest output value; equal to the output zero point for ReLU.</summary>
        public int ActMin = -128;

        /// <summary>Highest output value; 127, or the quantised 6.0 for ReLU6.</summary>
        public int ActMax = 127;

        /// <summary>int8 weights, symmetric per output channel (layout in the remarks).</summary>
        public sbyte[] Weights = new sbyte[0];

        /// <summary>int32 bias per output channel, input zero-point correction folded in.</summary>
        public int[] Bias = new int[0];

        /// <summary>Requantisation multiplier per output channel (see <see cref="Requantizer"/>).</summary>
        public int[] Multipliers = new int[0];

        /// <summary>Requantisation shift per output channel (see <see cref="Requantizer"/>).</summary>
        public int[] Shifts = new int[0];

        /// <summary>Input frames one output frame depends on: <c>(KernelSize − 1) · Dilation + 1</c>.</summary>
        public int FrameSpan
        {
            get { return ((KernelSize - 1) * Dilation) + 1; }
        }

        /// <summary>Products summed into one accumulator.</summary>
        public int FanIn
        {
            get
            {
                if (Kind == LayerKind.DepthwiseConv1D)
                {
                    return KernelSize;
                }

                return KernelSize * InChannels;
            }
        }

        /// <summary>Number of int8 weights the shape calls for.</summary>
        public int WeightCount
        {
            get { return FanIn * OutChannels; }
        }

        /// <summary>
        /// Bytes of parameters as stored in the blob: int8 weights, and per output channel a
        /// 4-byte bias, a 4-byte multiplier and a 1-byte shift.
        /// </summary>
        public int ParameterBytes
        {
            get { return WeightCount + (9 * OutChannels); }
        }

        /// <summary>
        /// Working memory the layer needs while streaming: its output frame, and for the
        /// time convolutions the ring of <see cref="FrameSpan"/> input frames plus one int32
        /// tap offset per tap.
        /// </summary>
        public int WorkingBytes
        {
            get
            {
                int bytes = OutChannels;
                if (Kind != LayerKind.Dense)
                {
                    bytes += (FrameSpan * InChannels) + (4 * KernelSize);
                }

                return bytes;
            }
        }

        /// <summary>Ops counted for one output frame: MACs, then requantisation and clamp per output.</summary>
        public long OpsPerOutputFrame
        {
            get { return ((long)Requantizer.OpsPerMac * WeightCount) + ((long)Requantizer.OpsPerOutput * OutChannels); }
        }
    }
}
