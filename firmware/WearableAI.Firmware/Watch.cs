using WearableAI.Firmware.Gestures;
using WearableAI.Firmware.Hardware;
using WearableAI.Firmware.Link;
using WearableAI.Firmware.Listening;
using WearableAI.Firmware.State;
using WearableAI.Firmware.Updates;
using WearableAI.Shared.Common;
using WearableAI.Shared.Protocol;
using WireVerdict = WearableAI.Shared.Protocol.Verdict;

namespace WearableAI.Firmware
{
    /// <summary>
    /// The watch: composes the seams (<see cref="WatchHardware"/>), the voice exchange
    /// (<see cref="VoiceInteraction"/>: listening pipeline → hub), the gesture detector, the hub
    /// link, what the hub sends (<see cref="HubInbox"/>: results, config, model chunks), the state
    /// machine and the status display. The caller drives it with <see cref="Step"/> (one main-loop
    /// turn); the core starts no thread and waits on nothing.
    /// </summary>
    /// <remarks>
    /// <para>One step: keep the link (connect, Status + Hello, heartbeat, drain), handle up to
    /// a few hub messages (verdicts, results, group results, config, model chunks), read the
    /// accelerometer (gestures, raise-to-speak), read one chunk of audio through the pipeline (gate,
    /// wake trigger → WakeCandidate, command → CommandFeatures), check the timeouts, show the state.</para>
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
        private readonly VoiceInteraction _voice;
        private readonly HubInbox _inbox;
        private readonly OpCounter _ops = new OpCounter();
        private readonly short[] _pcm;
        private readonly short[] _xyz;
        private bool _wasConnected;
        private int _buttonPresses;
        private long _samplesRead;

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
            _display = new StatusDisplay(hardware.Indicator, hardware.Clock);
            _updater = new ModelUpdater(hardware.ModelStore, settings.MaxModelBytes);
            int maxMessage = FrameCodec.MinFrameSize + 9 + ProtocolLimits.MaxFeatures;
            _link = new WatchLink(hardware.Link, hardware.Clock, settings.Identity, settings.OfflineQueueCapacity, maxMessage, Backoff.SeedFor(settings.Identity.DeviceId), settings.MaxEventsInFlight,
                settings.ReceiptResendMs, settings.ReceiptResends);
            _voice = new VoiceInteraction(_machine, _link, settings.Listening, _ops);
            _inbox = new HubInbox(settings, _link, _updater, _voice, _machine, _display);
            _pcm = new short[settings.AudioChunkSamples];
            _xyz = new short[3 * settings.ImuChunkSamples];
            _voice.Load(_updater.LoadActive());
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

        /// <summary>What the hub sent: the last DeviceConfig, the group's results.</summary>
        public HubInbox Inbox
        {
            get { return _inbox; }
        }

        /// <summary>The listening pipeline, null while no model is installed.</summary>
        public ListeningPipeline? Pipeline
        {
            get { return _voice.Pipeline; }
        }

        /// <summary>Counted ops of gate, pre-roll, front end and model since start.</summary>
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
            get { return _voice.WakeCandidates; }
        }

        /// <summary>The result on show: <see cref="WireVerdict.Accepted"/> from the hub, <see cref="WireVerdict.Unverified"/> from the tiny model alone.</summary>
        public WireVerdict Outcome
        {
            get { return _machine.IsUnverified ? WireVerdict.Unverified : WireVerdict.Accepted; }
        }

        /// <summary>The label of the result on show (the hub's, or the tiny model's own guess offline); "" when none.</summary>
        public string ResultLabel
        {
            get { return _machine.State == WatchState.ShowingResult ? _voice.ResultLabel : string.Empty; }
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

                _inbox.Handle(frame);
            }

            ReadMotion();
            int n = _audio.Read(_pcm, 0, _pcm.Length);
            _samplesRead += n;
            _voice.Process(_pcm, n);
            _machine.Tick();
            if (_machine.ResendDue())
            {
                _link.ResendUnanswered();
            }

            _voice.Sync();
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

                _link.SendGesture(GestureWire.ToWire(gesture.Kind), (short)(gesture.Confidence << 7), gesture.PeakMilliG);
            }
        }
    }
}
