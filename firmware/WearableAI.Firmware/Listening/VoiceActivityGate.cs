using WearableAI.Shared.Common;

namespace WearableAI.Firmware.Listening
{
    /// <summary>
    /// The idle-time gate in front of the front end and the tiny model: a time-domain energy
    /// detector on raw PCM. Per block of <see cref="BlockSamples"/> input samples it sums |x| over
    /// every second sample, compares the block level with an adaptive integer noise floor, and
    /// stays open for <see cref="HangoverBlocks"/> blocks after the last voiced block.
    /// </summary>
    /// <remarks>
    /// <para>Cost (counted like the kernels): 3 ops per inspected sample (compare, negate-or-not,
    /// add), i.e. 3 × 8,000 = 24,000 ops per second at 16 kHz, plus <see cref="OpsPerBlock"/> per
    /// block (31.25 blocks/s): about 24,600 ops/s, half the 50,000 ops/s idle budget.
    /// Inspecting every second sample halves the cost; the mean |x| of a decimated stream is an
    /// unbiased estimate of the mean |x|, and the gate only needs a level.</para>
    /// <para>Noise floor (Q4, in |x| units): drops at once by half the gap to a quieter block,
    /// rises by 1/64 of the gap (+1) per block while the gate is shut, and by 1/1024 while open
    /// (≈ 2 s and ≈ 33 s time constants), so speech does not teach the floor that it is noise.
    /// A block is voiced when its level exceeds <see cref="OnsetRatioQ4"/>/16 × floor and
    /// <see cref="MinimumLevel"/>, so digital silence and a dead microphone never open it.</para>
    /// <para>Decisions fall on fixed block boundaries counted from the first sample, so the
    /// gate gives the same answers whatever chunk sizes the audio arrives in. Allocation-free.</para>
    /// </remarks>
    public sealed class VoiceActivityGate
    {
        /// <summary>Input samples per decision block (32 ms at 16 kHz, one front-end hop).</summary>
        public const int BlockSamples = 512;

        /// <summary>Counted ops per block for level, floor update and decision.</summary>
        public const int OpsPerBlock = 16;

        /// <summary>Voiced when level × 16 ≥ floor × this (48 = 3 × floor, ≈ +9.5 dB).</summary>
        public const int OnsetRatioQ4 = 48;

        /// <summary>Mean |x| (int16 units) below which a block is never voiced.</summary>
        public const int MinimumLevel = 40;

        /// <summary>Blocks the gate stays open after the last voiced block (15 × 32 ms ≈ 0.5 s).</summary>
        public const int HangoverBlocks = 15;

        private const int InspectedPerBlock = BlockSamples / 2;
        private const int InspectedShift = 8; // log2(InspectedPerBlock)

        private readonly IAudioBlockKernel? _kernel;
        private int _position;
        private int _sum;
        private int _floorQ4 = -1;
        private int _level;
        private int _hangover;
        private bool _open;
        private long _blocks;

        /// <summary>A gate whose level loop runs in C#.</summary>
        public VoiceActivityGate()
            : this(null)
        {
        }

        /// <summary>A gate whose level loop runs in <paramref name="kernel"/> (same sums), or in C# when null.</summary>
        /// <param name="kernel">The kernel, or null.</param>
        public VoiceActivityGate(IAudioBlockKernel? kernel)
        {
            _kernel = kernel;
        }

        /// <summary>True while voice activity (or its hangover) is present.</summary>
        public bool IsOpen
        {
            get { return _open; }
        }

        /// <summary>Mean |x| of the last complete block (int16 units).</summary>
        public int Level
        {
            get { return _level; }
        }

        /// <summary>The noise-floor estimate in mean |x| units.</summary>
        public int NoiseFloor
        {
            get { return _floorQ4 < 0 ? 0 : _floorQ4 >> 4; }
        }

        /// <summary>Complete blocks seen since construction or <see cref="Reset"/>.</summary>
        public long Blocks
        {
            get { return _blocks; }
        }

        /// <summary>
        /// Consumes samples up to the end of the current block. Returns early when a block
        /// completes, so the caller can act on <see cref="IsOpen"/> exactly at the block boundary.
        /// </summary>
        /// <param name="pcm">Input samples.</param>
        /// <param name="offset">First sample to read.</param>
        /// <param name="count">Samples available.</param>
        /// <param name="ops">Counter for the gate's ops, or null.</param>
        /// <returns>Samples consumed (≤ <paramref name="count"/>); a block completed when <see cref="BlockCompleted"/> is true.</returns>
        public int Process(short[] pcm, int offset, int count, OpCounter? ops)
        {
            int take = BlockSamples - _position;
            if (take > count)
            {
                take = count;
            }

            int sum = _sum;
            int end = offset + take;

            // Inspect the samples at even stream positions.
            // Two inspected samples per turn: the loop's own instructions cost as much as its work on the interpreter.
            int i = offset + (_position & 1);
            if (_kernel != null)
            {
                sum += _kernel.SumEvenMagnitudes(pcm, i, end);
            }
            else
            {
                int last = end - 2;
                for (; i < last; i += 4)
                {
                    int x = pcm[i];
                    int y = pcm[i + 2];
                    sum += (x < 0 ? -x : x) + (y < 0 ? -y : y);
                }

                if (i < end)
                {
                    int x = pcm[i];
                    sum += x < 0 ? -x : x;
                }
            }

            int inspected = ((_position + take + 1) >> 1) - ((_position + 1) >> 1);
            _sum = sum;
            _position += take;
            _completed = _position == BlockSamples;
            if (ops != null)
            {
                ops.Add(3L * inspected);
            }

            if (_completed)
            {
                EndBlock(ops);
            }

            return take;
        }

        private bool _completed;

        /// <summary>True when the last <see cref="Process"/> call completed a block (and updated <see cref="IsOpen"/>).</summary>
        public bool BlockCompleted
        {
            get { return _completed; }
        }

        /// <summary>Forgets the floor, the hangover and the partial block.</summary>
        public void Reset()
        {
            _position = 0;
            _sum = 0;
            _floorQ4 = -1;
            _level = 0;
            _hangover = 0;
            _open = false;
            _blocks = 0;
            _completed = false;
        }

        private void EndBlock(OpCounter? ops)
        {
            int level = _sum >> InspectedShift;
            int levelQ4 = level << 4;
            _level = level;
            _sum = 0;
            _position = 0;
            _blocks++;

            if (_floorQ4 < 0)
            {
                _floorQ4 = levelQ4;
            }

            bool voiced = level >= MinimumLevel && levelQ4 * 16L >= (long)_floorQ4 * OnsetRatioQ4;
            if (levelQ4 < _floorQ4)
            {
                _floorQ4 -= (_floorQ4 - levelQ4 + 1) >> 1;
            }
            else if (!voiced)
            {
                _floorQ4 += ((levelQ4 - _floorQ4) >> (_open ? 10 : 6)) + 1;
            }

            if (voiced)
            {
                _hangover = HangoverBlocks;
                _open = true;
            }
            else if (_hangover > 0)
            {
                _hangover--;
            }
            else
            {
                _open = false;
            }

            if (ops != null)
            {
                ops.Add(OpsPerBlock);
            }
        }
    }
}
