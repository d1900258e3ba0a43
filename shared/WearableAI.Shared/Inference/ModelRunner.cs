using WearableAI.Shared.Common;

namespace WearableAI.Shared.Inference
{
    /// <summary>
    /// Runs a chain of int8 layers frame by frame: feed every feature frame with
    /// <see cref="PushFrame"/>; when it returns true, <see cref="Scores"/> holds a fresh
    /// row of logits (one per label).
    /// </summary>
    /// <remarks>
    /// <para>All working buffers (each layer's output frame and the convolution rings) are
    /// allocated once in the constructor; <see cref="PushFrame"/> never allocates. The layers
    /// are expected to be validated already (see <c>ModelBlobLoader</c>).</para>
    /// <para>A frame travels down the chain until a strided layer has no output due; the
    /// next layers then wait for a later frame. With <c>inputStride</c> n only every n-th
    /// pushed feature frame enters the first layer.</para>
    /// <para>Not thread-safe; one runner per audio pipeline.</para>
    /// </remarks>
    public sealed class ModelRunner
    {
        private readonly QuantizedLayer[] _layers;
        private readonly TimeConvStream?[] _streams;
        private readonly sbyte[][] _outputs;
        private readonly int _inputStride;
        private readonly int _workingBytes;
        private readonly int _weightBytes;
        private ILayerKernel? _kernel;
        private int _inputPhase;

        /// <summary>Allocates every working buffer of the chain.</summary>
        /// <param name="layers">Validated layers, first to last; the last one's outputs are the label logits.</param>
        /// <param name="inputStride">Feed every n-th pushed frame to the model (1 = every frame).</param>
        public ModelRunner(QuantizedLayer[] layers, int inputStride)
        {
            _layers = layers;
            _inputStride = inputStride < 1 ? 1 : inputStride;
            _streams = new TimeConvStream?[layers.Length];
            _outputs = new sbyte[layers.Length][];
            for (int i = 0; i < layers.Length; i++)
            {
                QuantizedLayer layer = layers[i];
                _outputs[i] = new sbyte[layer.OutChannels];
                if (layer.Kind == LayerKind.Conv1D || layer.Kind == LayerKind.DepthwiseConv1D)
                {
                    _streams[i] = new TimeConvStream(layer);
                }
            }

            _workingBytes = WorkingBytesOf(layers);
            _weightBytes = ParameterBytesOf(layers);
        }

        /// <summary>Logits of the last layer after <see cref="PushFrame"/> returned true. Owned by the runner.</summary>
        public sbyte[] Scores
        {
            get { return _outputs[_outputs.Length - 1]; }
        }

        /// <summary>Input values expected per frame (channels of the first layer).</summary>
        public int InputChannels
        {
            get { return _layers[0].InChannels; }
        }

        /// <summary>Bytes of working memory the runner allocated (see <see cref="WorkingBytesOf"/>).</summary>
        public int WorkingBytes
        {
            get { return _workingBytes; }
        }

        /// <summary>Bytes of layer parameters (see <see cref="ParameterBytesOf"/>).</summary>
        public int WeightBytes
        {
            get { return _weightBytes; }
        }

        /// <summary>Pushes one feature frame through the chain.</summary>
        /// <param name="features">int8 features (<see cref="InputChannels"/> values).</param>
        /// <param name="offset">Index of the first feature.</param>
        /// <param name="ops">Op counter, or null.</param>
        /// <returns>True when <see cref="Scores"/> holds a new row of logits.</returns>
        public bool PushFrame(sbyte[] features, int offset, OpCounter? ops)
        {
            if (_inputPhase != 0)
            {
                _inputPhase = _inputPhase + 1 == _inputStride ? 0 : _inputPhase + 1;
                return false;
            }

            _inputPhase = _inputStride == 1 ? 0 : 1;
            sbyte[] input = features;
            int inputOffset = offset;
            for (int i = 0; i < _layers.Length; i++)
            {
                sbyte[] output = _outputs[i];
                TimeConvStream? stream = _streams[i];
                if (stream != null)
                {
                    if (!stream.Push(input, inputOffset, output, 0, ops))
                    {
                        return false;
                    }
                }
                else if (_kernel != null)
                {
                    QuantizedLayer layer = _layers[i];
                    _kernel.Dense(layer, input, inputOffset, output, 0);
                    if (ops != null)
                    {
                        ops.Add(layer.OpsPerOutputFrame);
                    }
                }
                else
                {
                    DenseKernel.Run(_layers[i], input, inputOffset, output, 0, null, ops);
                }

                input = output;
                inputOffset = 0;
            }

            return true;
        }

        /// <summary>
        /// Where the layer arithmetic runs: an <see cref="ILayerKernel"/> (a native interop assembly on the watch),
        /// or null for the C# kernels (the reference). Applies from the next frame.
        /// </summary>
        public ILayerKernel? Kernel
        {
            get
            {
                return _kernel;
            }

            set
            {
                _kernel = value;
                for (int i = 0; i < _streams.Length; i++)
                {
                    TimeConvStream? stream = _streams[i];
                    if (stream != null)
                    {
                        stream.Kernel = value;
                    }
                }
            }
        }

        /// <summary>Forgets all history (e.g. when the voice gate reopens after silence).</summary>
        public void Reset()
        {
            _inputPhase = 0;
            for (int i = 0; i < _layers.Length; i++)
            {
                TimeConvStream? stream = _streams[i];
                if (stream != null)
                {
                    stream.Reset();
                }
            }
        }

        /// <summary>
        /// Working memory a runner needs for <paramref name="layers"/>: per layer its output
        /// frame, plus for the time convolutions the ring and the tap offsets
        /// (<see cref="QuantizedLayer.WorkingBytes"/>). Object headers are not counted.
        /// </summary>
        /// <param name="layers">The layers.</param>
        /// <returns>Bytes.</returns>
        public static int WorkingBytesOf(QuantizedLayer[] layers)
        {
            int total = 0;
            for (int i = 0; i < layers.Length; i++)
            {
                total += layers[i].WorkingBytes;
            }

            return total;
        }

        /// <summary>Parameter bytes of <paramref name="layers"/> (<see cref="QuantizedLayer.ParameterBytes"/>).</summary>
        /// <param name="layers">The layers.</param>
        /// <returns>Bytes.</returns>
        public static int ParameterBytesOf(QuantizedLayer[] layers)
        {
            int total = 0;
            for (int i = 0; i < layers.Length; i++)
            {
                total += layers[i].ParameterBytes;
            }

            return total;
        }
    }
}
