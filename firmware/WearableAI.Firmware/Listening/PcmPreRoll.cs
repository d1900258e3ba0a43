using WearableAI.Shared.Common;

namespace WearableAI.Firmware.Listening
{
    /// <summary>
    /// The last half second of audio, kept while the front end sleeps so that, when the voice
    /// gate opens, the front end can catch up and the wake candidate still carries its pre-roll
    /// (the speech onset the gate needed a block to notice).
    /// </summary>
    /// <remarks>
    /// <para>Layout (budget: working buffers ≤ 24 KB, idle ≤ 50,000 ops/s): the block in progress
    /// is kept exactly (16 kHz, 16-bit, one gate block = one front-end hop); each completed block
    /// is folded to 8 kHz by averaging sample pairs (<c>(x[2i] + x[2i+1]) &gt;&gt; 1</c>, 2 ops per
    /// pair = 16,000 ops/s) into a ring of <c>blocks − 1</c> half-size blocks, and its last
    /// <see cref="TailSamples"/> samples are kept exactly. 16 blocks take 8,720 bytes instead
    /// of 16,384 for raw PCM.</para>
    /// <para>Replay (<see cref="Replay"/>) gives the front end the folded blocks with each value
    /// repeated (16 kHz again), then the exact tail, then the exact current block. The front
    /// end's frames do not overlap and its decimator looks back 6 samples, so the frame of the
    /// current block — the one in which the gate opened — is bit-exact; the older frames are
    /// those of the pair-averaged audio: bands below ~1.5 kHz within about one feature unit
    /// (1/8 octave) on average, the top bands off by up to ~8 (measured in PreRollTests).</para>
    /// <para>Why not features: the front end costs ~300,000 ops/s, six times the idle budget.
    /// Why not the front end's own 8 kHz decimator output: 48,000 ops/s and 21-bit values.
    /// Allocated once; allocation-free.</para>
    /// </remarks>
    public sealed class PcmPreRoll
    {
        /// <summary>Exact samples kept from the end of the previous block (≥ the decimator's look-back of 6).</summary>
        public const int TailSamples = 8;

        /// <summary>Samples per call to the sink while replaying the folded blocks.</summary>
        public const int ReplayChunkSamples = 64;

        /// <summary>Counted ops per folded sample pair (one add, one shift).</summary>
        public const int OpsPerPair = 2;

        private readonly int _blockSamples;
        private readonly short[] _current;
        private readonly short[] _folded;
        private readonly short[] _tail = new short[TailSamples];
        // Replay hands the folded audio over in chunks of this many samples: one call per pair cost more
        // than the front end's own work on the interpreter (~3,800 interface calls per gate opening).
        private readonly short[] _chunk = new short[ReplayChunkSamples];
        private readonly int _foldedBlocks;
        private readonly IAudioBlockKernel? _kernel;
        private int _position;
        private int _nextBlock;
        private int _blocks;
        private bool _hasTail;

        /// <summary>Allocates room for <paramref name="blocks"/> blocks of <paramref name="blockSamples"/> samples.</summary>
        /// <param name="blocks">Blocks kept, the current one included (≥ 1).</param>
        /// <param name="blockSamples">Samples per block (even, ≥ <see cref="TailSamples"/>).</param>
        public PcmPreRoll(int blocks, int blockSamples)
            : this(blocks, blockSamples, null)
        {
        }

        /// <summary>Allocates room for <paramref name="blocks"/> blocks; the folding runs in <paramref name="kernel"/> (same values), or in C# when null.</summary>
        /// <param name="blocks">Blocks kept, the current one included (≥ 1).</param>
        /// <param name="blockSamples">Samples per block (even, ≥ <see cref="TailSamples"/>).</param>
        /// <param name="kernel">The kernel, or null.</param>
        public PcmPreRoll(int blocks, int blockSamples, IAudioBlockKernel? kernel)
        {
            _kernel = kernel;
            if (blocks < 1)
            {
                throw new System.ArgumentOutOfRangeException(nameof(blocks));
            }

            if (blockSamples < TailSamples || (blockSamples & 1) != 0)
            {
                throw new System.ArgumentOutOfRangeException(nameof(blockSamples));
            }

            _blockSamples = blockSamples;
            _foldedBlocks = blocks - 1;
            _current = new short[blockSamples];
            _folded = new short[_foldedBlocks * (blockSamples / 2)];
        }

        /// <summary>Samples of the current block received so far.</summary>
        public int CurrentSamples
        {
            get { return _position; }
        }

        /// <summary>Completed blocks held in the folded ring (up to blocks − 1).</summary>
        public int FoldedBlocks
        {
            get { return _blocks; }
        }

        /// <summary>Bytes of every buffer (current block, folded ring, tail).</summary>
        public int WorkingBytes
        {
            get { return (2 * _current.Length) + (2 * _folded.Length) + (2 * TailSamples) + (2 * _chunk.Length); }
        }

        /// <summary>Appends samples to the current block; the caller never writes past its end.</summary>
        /// <param name="pcm">Source.</param>
        /// <param name="offset">First sample.</param>
        /// <param name="count">Samples (≤ the room left in the block).</param>
        public void Write(short[] pcm, int offset, int count)
        {
            if (count > _blockSamples - _position)
            {
                throw new System.ArgumentOutOfRangeException(nameof(count), "past the end of the block");
            }

            System.Array.Copy(pcm, offset, _current, _position, count);
            _position += count;
        }

        /// <summary>Ends the current block: folds it into the ring (the oldest folded block is overwritten) and starts a new one.</summary>
        /// <param name="ops">Counter for the folding ops, or null.</param>
        public void CompleteBlock(OpCounter? ops)
        {
            System.Array.Copy(_current, _blockSamples - TailSamples, _tail, 0, TailSamples);
            _hasTail = true;
            if (_foldedBlocks > 0)
            {
                // Arrays and indices in locals: on the interpreter each field access is a call's worth of work.
                int half = _blockSamples / 2;
                short[] current = _current;
                short[] folded = _folded;
                int write = _nextBlock * half;
                if (_kernel != null)
                {
                    _kernel.FoldPairs(current, folded, write, half);
                }
                else
                {
                    int end = write + half;
                    int read = 0;
                    while (write < end)
                    {
                        folded[write] = (short)((current[read] + current[read + 1]) >> 1);
                        write++;
                        read += 2;
                    }
                }

                if (ops != null)
                {
                    ops.Add((long)OpsPerPair * half);
                }

                _nextBlock = _nextBlock + 1 == _foldedBlocks ? 0 : _nextBlock + 1;
                _blocks = _blocks < _foldedBlocks ? _blocks + 1 : _blocks;
            }

            _position = 0;
        }

        /// <summary>
        /// Feeds everything held, oldest first, to <paramref name="sink"/>: the folded blocks
        /// (each value twice, except the last <see cref="TailSamples"/>/2 pairs, which come
        /// from the exact tail), then the current block as received.
        /// </summary>
        /// <param name="sink">Receives the 16 kHz samples in pieces.</param>
        /// <param name="ops">Passed on to the sink.</param>
        public void Replay(IPcmSink sink, OpCounter? ops)
        {
            int half = _blockSamples / 2;
            int oldest = _blocks < _foldedBlocks ? 0 : _nextBlock;
            int pairs = _blocks * half;
            int exactPairs = _blocks > 0 && _hasTail ? TailSamples / 2 : 0;
            short[] folded = _folded;
            short[] chunk = _chunk;
            int filled = 0;
            for (int p = 0; p < pairs - exactPairs; p++)
            {
                int block = oldest + (p / half);
                if (block >= _foldedBlocks)
                {
                    block -= _foldedBlocks;
                }

                short value = folded[(block * half) + (p % half)];
                chunk[filled] = value;
                chunk[filled + 1] = value;
                filled += 2;
                if (filled == chunk.Length)
                {
                    sink.Accept(chunk, 0, filled, ops);
                    filled = 0;
                }
            }

            if (filled > 0)
            {
                sink.Accept(chunk, 0, filled, ops);
            }

            if (exactPairs > 0)
            {
                sink.Accept(_tail, 0, TailSamples, ops);
            }

            sink.Accept(_current, 0, _position, ops);
        }

        /// <summary>Forgets every sample.</summary>
        public void Clear()
        {
            _position = 0;
            _nextBlock = 0;
            _blocks = 0;
            _hasTail = false;
        }
    }
}
