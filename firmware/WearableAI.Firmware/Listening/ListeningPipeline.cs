using WearableAI.Shared.Audio;
using WearableAI.Shared.Common;
using WearableAI.Shared.Models;

namespace WearableAI.Firmware.Listening
{
    /// <summary>
    /// PCM in, wake triggers and captured commands out: <see cref="VoiceActivityGate"/> on every
    /// sample; only while it is open (or the caller holds the microphone open) the shared
    /// <see cref="LogMelFrontEnd"/> and the <see cref="KeywordSpotter"/> run. Feature frames go
    /// to the <see cref="UtteranceCapture"/>: the wake window and, after a trigger, the command.
    /// </summary>
    /// <remarks>
    /// <para>Decisions fall on the gate's 512-sample blocks counted from the first sample, and
    /// the front end produces one frame per block, so results do not depend on the chunk sizes
    /// pushed in. <see cref="Process"/> returns early after a block with an event
    /// (<see cref="GateChanged"/>, <see cref="WakeTriggered"/>, <see cref="CommandCompleted"/>),
    /// so the caller acts on events in stream order.</para>
    /// <para>When the front end wakes up it first replays the <see cref="PcmPreRoll"/>
    /// (<see cref="ListeningOptions.PreRollFrames"/> frames), so a wake candidate carries the
    /// speech onset; the model hears further back than that (1.38 s), so its receptive field is first
    /// filled with the pre-roll's features reflected (<see cref="KeywordSpotter.Prime"/>), as training
    /// pads its clips, and it scores from the first frame on. The command is captured from the frame after the trigger, before the
    /// hub's verdict arrives: people say "hey nano, stop" without a pause.</para>
    /// <para>Allocation-free after construction. Not thread-safe.</para>
    /// </remarks>
    public sealed class ListeningPipeline : IPcmSink
    {
        private readonly VoiceActivityGate _gate;
        private readonly PcmPreRoll _preRoll;
        private readonly LogMelFrontEnd _frontEnd;
        private readonly KeywordSpotter _spotter;
        private readonly EnergyTracker _energy = new EnergyTracker();
        private readonly UtteranceCapture _capture;
        private readonly sbyte[] _frame;
        private readonly sbyte[] _preRollFeatures;
        private int _replayed = -1;
        private bool _active;
        private bool _holdOpen;
        private long _frames;
        private bool _gateChanged;
        private bool _wakeTriggered;
        private bool _commandCompleted;

        /// <summary>Builds every stage for <paramref name="model"/> (its front-end settings) and allocates all buffers.</summary>
        /// <param name="model">A validated model.</param>
        /// <param name="options">Sizes; validated and copied where used.</param>
        public ListeningPipeline(WatchModel model, ListeningOptions options)
        {
            if (model == null)
            {
                throw new System.ArgumentNullException(nameof(model));
            }

            if (options == null)
            {
                throw new System.ArgumentNullException(nameof(options));
            }

            options.Validate();
            int bands = model.Settings.MelBands;
            if (bands * options.WindowFrames > WearableAI.Shared.Protocol.ProtocolLimits.MaxFeatures
                || bands * options.CommandFrames > WearableAI.Shared.Protocol.ProtocolLimits.MaxFeatures)
            {
                throw new System.ArgumentOutOfRangeException(nameof(options), "window too large for one frame");
            }

            if (model.Settings.InputSamplesPerHop != VoiceActivityGate.BlockSamples)
            {
                throw new System.ArgumentException("the gate block must equal the front-end hop (512 input samples)");
            }

            ListeningKernels? kernels = options.Kernels;
            _gate = new VoiceActivityGate(kernels == null ? null : kernels.AudioBlocks);
            _frontEnd = new LogMelFrontEnd(model.Settings, kernels == null ? null : kernels.FrontEnd);
            _spotter = new KeywordSpotter(model);
            _spotter.LayerKernel = kernels == null ? null : kernels.Layers;
            _preRoll = new PcmPreRoll(options.PreRollFrames, VoiceActivityGate.BlockSamples, kernels == null ? null : kernels.AudioBlocks);
            _capture = new UtteranceCapture(bands, options.WindowFrames, options.CommandFrames, options.WakePostRollFrames);
            _frame = new sbyte[bands];
            _preRollFeatures = new sbyte[options.PreRollFrames * bands];
        }

        /// <summary>The voice-activity gate.</summary>
        public VoiceActivityGate Gate
        {
            get { return _gate; }
        }

        /// <summary>The tiny model's decision stage (threshold and refractory can be changed).</summary>
        public KeywordSpotter Spotter
        {
            get { return _spotter; }
        }

        /// <summary>
        /// What is kept of the utterance: the feature history (the wake window of the last trigger, frozen until
        /// <see cref="Rearm"/>), the command after it, and their sizes. Read it after <see cref="WakeTriggered"/>
        /// or <see cref="CommandCompleted"/>.
        /// </summary>
        public UtteranceCapture Capture
        {
            get { return _capture; }
        }

        /// <summary>Voice and ambient energy estimates.</summary>
        public EnergyTracker Energy
        {
            get { return _energy; }
        }

        /// <summary>True while the front end and the model run.</summary>
        public bool IsActive
        {
            get { return _active; }
        }

        /// <summary>Feature frames computed since construction.</summary>
        public long FramesComputed
        {
            get { return _frames; }
        }

        /// <summary>Keeps the front end running without voice activity (raise-to-speak, waiting for the hub). Applies from the next block.</summary>
        public bool HoldOpen
        {
            get { return _holdOpen; }
            set { _holdOpen = value; }
        }

        /// <summary>The last <see cref="Process"/> call ended a block in which the gate opened or closed.</summary>
        public bool GateChanged
        {
            get { return _gateChanged; }
        }

        /// <summary>The last <see cref="Process"/> call produced a trigger; the window is in <see cref="Capture"/>.</summary>
        public bool WakeTriggered
        {
            get { return _wakeTriggered; }
        }

        /// <summary>The last <see cref="Process"/> call completed the command in <see cref="Capture"/>.</summary>
        public bool CommandCompleted
        {
            get { return _commandCompleted; }
        }

        /// <summary>Bytes of every buffer the pipeline owns (pre-roll, front end estimate, model, history = wake window, command).</summary>
        public int WorkingBytes
        {
            get
            {
                return _preRoll.WorkingBytes + FrontEndMemory.EstimateBytes(_frontEnd.Settings) + _spotter.WorkingBytes
                    + _capture.WorkingBytes + _frame.Length + _preRollFeatures.Length;
            }
        }

        /// <summary>Bytes of the pre-roll (exact current block, 8 kHz ring of the older blocks).</summary>
        public int PreRollBytes
        {
            get { return _preRoll.WorkingBytes; }
        }

        /// <summary>Accepts triggers again, drops any command being captured and starts a fresh feature history (after a rejection or a shown result).</summary>
        public void Rearm()
        {
            _capture.Rearm();
        }

        /// <summary>
        /// Pushes PCM; returns after the block in which an event happened, or when the input is used up.
        /// </summary>
        /// <param name="pcm">16-bit samples at the model's sample rate.</param>
        /// <param name="offset">First sample.</param>
        /// <param name="count">Samples available.</param>
        /// <param name="ops">Counter for every counted op (gate, front end, model), or null.</param>
        /// <returns>Samples consumed.</returns>
        public int Process(short[] pcm, int offset, int count, OpCounter? ops)
        {
            _gateChanged = false;
            _wakeTriggered = false;
            _commandCompleted = false;
            int consumed = 0;
            while (consumed < count)
            {
                int n = _gate.Process(pcm, offset + consumed, count - consumed, ops);
                _preRoll.Write(pcm, offset + consumed, n);
                if (_active)
                {
                    Feed(pcm, offset + consumed, n, ops);
                }

                consumed += n;
                if (_gate.BlockCompleted)
                {
                    EndBlock(ops);
                    _preRoll.CompleteBlock(ops);
                    if (_gateChanged || _wakeTriggered || _commandCompleted)
                    {
                        break;
                    }
                }
            }

            return consumed;
        }

        private bool _lastGateOpen;

        private void EndBlock(OpCounter? ops)
        {
            bool gateOpen = _gate.IsOpen;
            _gateChanged = gateOpen != _lastGateOpen;
            _lastGateOpen = gateOpen;
            bool wasActive = _active;
            _active = gateOpen || _holdOpen || _capture.IsCapturing;
            if (_active && !wasActive)
            {
                WakeUp(ops);
            }
        }

        private void WakeUp(OpCounter? ops)
        {
            _frontEnd.Reset();
            _spotter.Reset();
            _capture.StartUtterance();

            // The pre-roll's features are kept first, so that the model's receptive field (longer than the
            // pre-roll) can be filled by reflecting them before they are heard in order.
            _replayed = 0;
            _preRoll.Replay(this, ops);
            int kept = _replayed;
            _replayed = -1;
            if (kept > 0)
            {
                _spotter.Prime(_preRollFeatures, kept, ops);
                for (int i = 0; i < kept; i++)
                {
                    System.Array.Copy(_preRollFeatures, i * _frame.Length, _frame, 0, _frame.Length);
                    Hear(_frames - kept + 1 + i, ops);
                }
            }

            // The replayed frames are the pre-roll: the onset counts from here.
            _capture.MarkOnset();
        }

        /// <summary>Replayed pre-roll samples (<see cref="IPcmSink"/>); not for callers: use <see cref="Process"/>.</summary>
        /// <param name="pcm">Samples.</param>
        /// <param name="offset">First sample.</param>
        /// <param name="count">Samples.</param>
        /// <param name="ops">Op counter or null.</param>
        void IPcmSink.Accept(short[] pcm, int offset, int count, OpCounter? ops)
        {
            Feed(pcm, offset, count, ops);
        }

        private void Feed(short[] pcm, int offset, int count, OpCounter? ops)
        {
            while (count > 0)
            {
                int used = _frontEnd.Process(pcm, offset, count, _frame, 0, ops);
                offset += used;
                count -= used;
                if (_frontEnd.FrameReady)
                {
                    OnFrame(ops);
                }
            }
        }

        private void OnFrame(OpCounter? ops)
        {
            _frames++;
            _energy.Add(_frontEnd.FrameEnergy);
            if (ops != null)
            {
                ops.Add(EnergyTracker.OpsPerFrame);
            }

            if (_replayed >= 0)
            {
                // Replaying the pre-roll (it holds at most PreRollFrames blocks, one frame each).
                if ((_replayed + 1) * _frame.Length <= _preRollFeatures.Length)
                {
                    System.Array.Copy(_frame, 0, _preRollFeatures, _replayed * _frame.Length, _frame.Length);
                    _replayed++;
                }

                return;
            }

            Hear(_frames, ops);
        }

        /// <summary>The current frame through the spotter into the capture.</summary>
        /// <param name="frameNumber">The frame's number (frames computed since start, replayed pre-roll included).</param>
        /// <param name="ops">Counter, or null.</param>
        private void Hear(long frameNumber, OpCounter? ops)
        {
            bool trigger = _spotter.PushFrame(_frame, 0, ops);
            CaptureEvent captured = _capture.AddFrame(_frame, trigger, _spotter.Score, frameNumber);
            if (captured == CaptureEvent.CommandCompleted)
            {
                _commandCompleted = true;
            }
            else if (captured == CaptureEvent.WakeTriggered)
            {
                _wakeTriggered = true;
                _spotter.ClearLabelSums();
            }
        }
    }
}
