using System;
using WearableAI.Shared.Common;

namespace WearableAI.Shared.Inference
{
    /// <summary>
    /// Streaming form of the time convolutions (<see cref="Conv1DKernel"/> and
    /// <see cref="DepthwiseConv1DKernel"/>): push one input frame at a time; an output frame
    /// comes out every <c>Stride</c> frames once the layer's FrameSpan of frames has been seen. The
    /// outputs equal the kernel's <c>RunBatch</c> over the same frames, byte for byte.
    /// </summary>
    /// <remarks>Owns its ring (allocated once); <see cref="Push"/> never allocates.</remarks>
    public sealed class TimeConvStream
    {
        private readonly QuantizedLayer _layer;
        private readonly FrameRing _ring;
        private readonly bool _depthwise;
        private ILayerKernel? _kernel;

        /// <summary>Creates the stream state for one layer.</summary>
        /// <param name="layer">A <see cref="LayerKind.Conv1D"/> or <see cref="LayerKind.DepthwiseConv1D"/> layer.</param>
        public TimeConvStream(QuantizedLayer layer)
        {
            if (layer.Kind != LayerKind.Conv1D && layer.Kind != LayerKind.DepthwiseConv1D)
            {
                throw new ArgumentException("a time convolution layer is required", "layer");
            }

            _layer = layer;
            _depthwise = layer.Kind == LayerKind.DepthwiseConv1D;
            _ring = new FrameRing(layer.InChannels, layer.KernelSize, layer.Stride, layer.Dilation);
        }

        /// <summary>The layer this stream runs.</summary>
        public QuantizedLayer Layer
        {
            get { return _layer; }
        }

        /// <summary>Pushes one input frame; computes an output frame when one is due.</summary>
        /// <param name="input">Source of <c>InChannels</c> values.</param>
        /// <param name="inputOffset">Index of the first input value.</param>
        /// <param name="output">Receives <c>OutChannels</c> values when the result is true.</param>
        /// <param name="outputOffset">Index of the first output value.</param>
        /// <param name="ops">Op counter, or null (nothing is counted when no output is produced).</param>
        /// <returns>True when an output frame was written.</returns>
        public bool Push(sbyte[] input, int inputOffset, sbyte[] output, int outputOffset, OpCounter? ops)
        {
            if (!_ring.Push(input, inputOffset))
            {
                return false;
            }

            if (_kernel != null)
            {
                _kernel.ComputeFrame(_layer, _ring.Frames, _ring.TapStarts, output, outputOffset);
                if (ops != null)
                {
                    ops.Add(_layer.OpsPerOutputFrame);
                }
            }
            else if (_depthwise)
            {
                DepthwiseConv1DKernel.ComputeFrame(_layer, _ring.Frames, _ring.TapStarts, output, outputOffset, null, ops);
            }
            else
            {
                Conv1DKernel.ComputeFrame(_layer, _ring.Frames, _ring.TapStarts, output, outputOffset, null, ops);
            }

            return true;
        }

        /// <summary>Where the layer arithmetic runs: an <see cref="ILayerKernel"/>, or null for the C# kernels.</summary>
        public ILayerKernel? Kernel
        {
            get { return _kernel; }
            set { _kernel = value; }
        }

        /// <summary>Forgets the history; the next output comes after FrameSpan new frames.</summary>
        public void Reset()
        {
            _ring.Reset();
        }
    }
}
