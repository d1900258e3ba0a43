using WearableAI.Firmware.Gestures;
using WearableAI.Firmware.Hardware;
using WearableAI.Firmware.Link;
using WearableAI.Firmware.Listening;
using WearableAI.Firmware.State;
using WearableAI.Firmware.Updates;
using WearableAI.Shared.Common;
using WearableAI.Shared.Models;
using WearableAI.Shared.Protocol;
using LocalVerdict = WearableAI.Firmware.State.Verdict;
using WireVerdict = WearableAI.Shared.Protocol.Verdict;

namespace WearableAI.Firmware
{
    /// <summary>
    /// The watch: composes the seams (<see cref="WatchHardware"/>), the listening pipeline, the
    /// gesture detector, the hub link, the model updater, the state machine and the status
    /// display. The caller drives it with <see cref="Step"/> (one main-loop turn); the core
    /// starts no thread and waits on nothing.
    /// </summary>
    /// <remarks>
    /// <para>One step: keep the link (connect, Status + Hello, heartbeat, drain), handle up to
    /// a few hub messages (verdicts, results, config, model chunks), read the accelerometer
    /// (gestures, raise-to-speak), read one chunk of audio through the pipeline (gate, wake
    /// trigger → WakeCandidate, command → CommandFeatures), check the timeouts, show the state.</para>
    /// <para>Offline (hub silent or unreachable) the tiny model acts alone: the command is shown
    /// with <see cref="Outcome"/> = <see cref="WireVerdict.Unverified"/>; frames meant for the hub queue.</para>
    /// <para>No allocation in a step without hub traffic (tested); sending or receiving a frame
    /// allocates a little (codec writer, decoded frame).</para>
    /// </remarks>
    public sealed class Watch
    {
        private readonly WatchSettings _settings;
        private readonly IAudioSource _audio;
        private readonly IAccelerometer? _accelerometer;
        private readonly IButton? _button;
        private readonly WatchStateMachine _machine;
        private readonly StatusDisplay _display;
        private readonly GestureDetector _gestures = new GestureDetector();
        private readonly WatchLink _link;
        private readonly ModelUpdater _updater;
        private readonly OpCounter _ops = new OpCounter();
        private readonly short[] _pcm;
        private readonly short[] _xyz;
        private ListeningPipeline? _pipeline;
        private DeviceConfigFrame? _config;
        private bool _wasConnected;
        private bool _commandReady;
        private int _localCommand = WatchStateMachine.NoCommand;
        private uint _wakeSequence;
        private uint _commandSequence;
        private int _buttonPresses;
        private long _samplesRead;
        private int _wakeCandidates;
        private string _resultLabel = string.Empty;

        /// <summary>Wires everything and loads the active model from the store (none: gestures only).</summary>
        /// <param name="hardware">The board's seams.</param>
        /// <param name="settings">Configuration; validated.</param>
        public Watch(WatchHardware hardware, WatchSettings settings)
        {
            if (hardware == null || hardware.Audio == null || hardware.Indicator == null || hardware.Clock == null || hardware.Link == null || hardware.ModelStore == null)
            {
                throw new System.ArgumentException("audio, indicator, clock, link and model store are required", nameof(hardware));
            }

            _settings = settings ?? throw new System.ArgumentNullException(nameof(settings));
            settings.Listening.Validate();
            _audio = hardware.Audio;
            _accelerometer = hardware.Accelerometer;
            _button = hardware.Button;
            _machine = new WatchStateMachine(hardware.Clock, settings.Interaction);
            _display = new StatusDisplay(hardware.Indicator);
            _updater = new ModelUpdater(hardware.ModelStore, settings.MaxModelBytes);
            int maxMessage = FrameCodec.MinFrameSize + 9 + ProtocolLimits.MaxFeatures;
            _link = new WatchLink(hardware.Link, hardware.Clock, settings.Identity, settings.OfflineQueueCapacity, maxMessage, Seed(settings.Identity.DeviceId));
            _pcm = new short[settings.AudioChunkSamples];
            _xyz = new short[3 * settings.ImuChunkSamples];
            WatchModel? model = _updater.LoadActive();
            if (model != null)
            {
                _pipeline = new ListeningPipeline(model, settings.Listening);
            }

            _link.ModelVersion = _updater.ActiveVersion;
            _link.PipelineState = PipelineState.Idle;
            _buttonPresses = _button == null ? 0 : _button.PressCount;
        }

        /// <summary>The interaction state machine.</summary>
        public WatchStateMachine Machine
        {
            get { return _machine; }
        }

        /// <summary>The hub link (counters, queue, sequence numbers).</summary>
        public WatchLink Link
        {
            get { return _link; }
        }

        /// <summary>The model updater.</summary>
        public ModelUpdater Updater
        {
            get { return _updater; }
        }

        /// <summary>The listening pipeline, null while no model is installed.</summary>
        public ListeningPipeline? Pipeline
        {
            get { return _pipeline; }
        }

        /// <summary>Counted ops of gate, front end and model since start.</summary>
        public OpCounter Ops
        {
            get { return _ops; }
        }

        /// <summary>PCM samples read since start.</summary>
        public long SamplesRead
        {
            get { return _samplesRead; }
        }

        /// <summary>Wake candidates sent (or queued) since start.</summary>
        public int WakeCandidates
        {
            get { return _wakeCandidates; }
        }

        /// <summary>The result on show: <see cref="WireVerdict.Accepted"/> from the hub, <see cref="WireVerdict.Unverified"/> from the tiny model alone.</summary>
        public WireVerdict Outcome
        {
            get { return _machine.IsUnverified ? WireVerdict.Unverified : WireVerdict.Accepted; }
        }

        /// <summary>The label of the result on show (the hub's, or the tiny model's own guess offline); "" when none.</summary>
        public string ResultLabel
        {
            get { return _machine.State == WatchState.ShowingResult ? _resultLabel : string.Empty; }
        }

        /// <summary>One main-loop turn.</summary>
        public void Step()
        {
            _link.Service();
            bool connected = _link.IsConnected;
            if (connected != _wasConnected)
            {
                _wasConnected = connected;
                _machine.SetLinkConnected(connected);
            }

            for (int i = 0; i < _settings.MessagesPerStep; i++)
            {
                Frame? frame = _link.Poll(1);
                if (frame == null)
                {
                    break;
                }

                HandleHubFrame(frame);
            }

            ReadMotion();
            ReadAudio();
            _machine.Tick();
            SyncPipeline();
            _display.Update(_machine);
            _link.OtherDroppedEvents = _gestures.DroppedEvents;
            _link.PipelineState = _updater.IsReceiving ? PipelineState.UpdatingModel
                : (_machine.State == WatchState.Idle ? PipelineState.Idle
                : (_machine.State == WatchState.Listening ? PipelineState.Listening : PipelineState.AwaitingResult));
        }

        private void ReadMotion()
        {
            if (_button != null && _button.PressCount != _buttonPresses)
            {
                _buttonPresses = _button.PressCount;
                _machine.WristRaised();
            }

            if (_accelerometer == null)
            {
                return;
            }

            int n = _accelerometer.Read(_xyz, 0, _xyz.Length / 3);
            if (n <= 0)
            {
                return;
            }

            _gestures.Process(_xyz, 0, n);
            GestureEvent gesture;
            while (_gestures.TryTakeEvent(out gesture))
            {
                if (gesture.Kind == Gestures.GestureKind.WristRaise)
                {
                    _machine.WristRaised();
                }

                _link.SendGesture(ToWire(gesture.Kind), (short)(gesture.Confidence << 7), gesture.PeakMilliG);
            }
        }

        private void ReadAudio()
        {
            int n = _audio.Read(_pcm, 0, _pcm.Length);
            _samplesRead += n;
            ListeningPipeline? pipeline = _pipeline;
            if (pipeline == null)
            {
                return;
            }

            int consumed = 0;
            while (consumed < n)
            {
                pipeline.HoldOpen = _machine.IsMicrophoneOpen;
                consumed += pipeline.Process(_pcm, consumed, n - consumed, _ops);
                if (pipeline.GateChanged)
                {
                    _machine.SetVoiceGate(pipeline.Gate.IsOpen);
                }

                if (pipeline.WakeTriggered)
                {
                    OnWake(pipeline);
                }

                if (pipeline.CommandCompleted)
                {
                    _commandReady = true;
                    _localCommand = pipeline.Spotter.BestCommandLabel();
                    TryFinishCommand();
                }

                SyncPipeline();
            }
        }

        private void OnWake(ListeningPipeline pipeline)
        {
            if (!_machine.WakeTriggered())
            {
                pipeline.Rearm();
                return;
            }

            _commandReady = false;
            _wakeCandidates++;
            _wakeSequence = _link.SendWakeCandidate(pipeline.WakeScore, pipeline.Energy.VoiceEnergy, pipeline.Energy.AmbientEnergy,
                pipeline.WakePreRollFrames, pipeline.Bands, pipeline.WindowFrames, pipeline.WakeWindow);
        }

        private void TryFinishCommand()
        {
            ListeningPipeline? pipeline = _pipeline;
            if (!_commandReady || pipeline == null || _machine.State != WatchState.CapturingCommand)
            {
                return;
            }

            _commandReady = false;
            _commandSequence = _link.SendCommandFeatures(_wakeSequence, pipeline.Bands, pipeline.CommandFrames, pipeline.CommandFeatures);
            _resultLabel = LabelOf(_localCommand);
            _machine.CommandCaptured(_localCommand);
        }

        private void SyncPipeline()
        {
            ListeningPipeline? pipeline = _pipeline;
            if (pipeline == null)
            {
                return;
            }

            WatchState state = _machine.State;
            if ((state == WatchState.Idle || state == WatchState.Listening) && !pipeline.IsArmed)
            {
                pipeline.Rearm();
                _commandReady = false;
            }
        }

        private void HandleHubFrame(Frame frame)
        {
            switch (frame.Kind)
            {
                case FrameKind.Result:
                    OnResult((ResultFrame)frame);
                    break;
                case FrameKind.DeviceConfig:
                    _config = (DeviceConfigFrame)frame;
                    ApplyConfig();
                    break;
                case FrameKind.ModelChunk:
                    OnModelChunk((ModelChunkFrame)frame);
                    break;
                default:
                    break;
            }
        }

        private void OnResult(ResultFrame result)
        {
            if (result.DeviceId != _settings.Identity.DeviceId || result.ReplyToSequence == 0)
            {
                return;
            }

            if (result.ReplyToSequence == _wakeSequence)
            {
                LocalVerdict verdict = result.Verdict == WireVerdict.Rejected ? LocalVerdict.Rejected
                    : (result.Verdict == WireVerdict.StandDown ? LocalVerdict.StandDown : LocalVerdict.Accepted);
                _machine.VerdictReceived(verdict);
                SyncPipeline();
                TryFinishCommand();
            }
            else if (result.ReplyToSequence == _commandSequence && result.Verdict != WireVerdict.Rejected && result.Verdict != WireVerdict.StandDown)
            {
                if (_machine.ResultReceived(LabelIndex(result.Label)))
                {
                    _resultLabel = result.Label;
                }
            }
        }

        private void OnModelChunk(ModelChunkFrame chunk)
        {
            ModelAckStatus status = _updater.Accept(chunk);
            if (_updater.JustInstalled)
            {
                try
                {
                    _pipeline = new ListeningPipeline(_updater.ActiveModel!, _settings.Listening);
                    ApplyConfig();
                }
                catch (System.Exception)
                {
                    status = _updater.RollBack("the pipeline could not be built for the new model");
                    WatchModel? previous = _updater.ActiveModel;
                    _pipeline = previous == null ? null : new ListeningPipeline(previous, _settings.Listening);
                }
            }

            _link.ModelVersion = _updater.ActiveVersion;
            _link.SendModelAck(_updater.LastVersion, status, _updater.NextOffset);
        }

        private void ApplyConfig()
        {
            DeviceConfigFrame? config = _config;
            if (config == null)
            {
                return;
            }

            _settings.Interaction.RaiseToSpeak = config.RaiseToSpeak;
            _link.HeartbeatIntervalSeconds = config.HeartbeatIntervalSeconds;
            ListeningPipeline? pipeline = _pipeline;
            if (pipeline != null)
            {
                pipeline.Spotter.Threshold = KeywordSpotter.Q15ToLogit(config.WakeThreshold);
                pipeline.Spotter.RefractoryRows = RefractoryRows(pipeline.Spotter.Model, config.RefractoryMs);
            }
        }

        private static int RefractoryRows(WatchModel model, int refractoryMs)
        {
            int stride = model.InputStride;
            for (int i = 0; i < model.Layers.Length; i++)
            {
                stride *= model.Layers[i].Stride;
            }

            long featureFrames = (long)refractoryMs * model.Settings.FramesPerKilosecond / 1000000L;
            return (int)(featureFrames / stride);
        }

        private int LabelIndex(string label)
        {
            ListeningPipeline? pipeline = _pipeline;
            string[] labels = pipeline == null ? new string[0] : pipeline.Spotter.Model.Labels;
            for (int i = 0; i < labels.Length; i++)
            {
                if (labels[i] == label)
                {
                    return i;
                }
            }

            return WatchStateMachine.NoCommand;
        }

        private string LabelOf(int index)
        {
            ListeningPipeline? pipeline = _pipeline;
            return pipeline != null && index >= 0 && index < pipeline.Spotter.Model.Labels.Length ? pipeline.Spotter.Model.Labels[index] : string.Empty;
        }

        private static Shared.Protocol.GestureKind ToWire(Gestures.GestureKind kind)
        {
            switch (kind)
            {
                case Gestures.GestureKind.Shake: return Shared.Protocol.GestureKind.Shake;
                case Gestures.GestureKind.Tap: return Shared.Protocol.GestureKind.Tap;
                case Gestures.GestureKind.DoubleTap: return Shared.Protocol.GestureKind.DoubleTap;
                case Gestures.GestureKind.FallCandidate: return Shared.Protocol.GestureKind.Fall;
                default: return Shared.Protocol.GestureKind.Raise;
            }
        }

        private static uint Seed(string deviceId)
        {
            uint hash = 2166136261;
            for (int i = 0; i < deviceId.Length; i++)
            {
                hash = (hash ^ deviceId[i]) * 16777619;
            }

            return hash;
        }
    }
}
