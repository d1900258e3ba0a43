using WearableAI.Firmware.Link;
using WearableAI.Firmware.Listening;
using WearableAI.Firmware.State;
using WearableAI.Shared.Common;
using WearableAI.Shared.Models;
using WearableAI.Shared.Protocol;
using LocalVerdict = WearableAI.Firmware.State.Verdict;
using WireVerdict = WearableAI.Shared.Protocol.Verdict;

namespace WearableAI.Firmware
{
    /// <summary>
    /// The spoken exchange with the hub: audio through the <see cref="ListeningPipeline"/>, a
    /// trigger → WakeCandidate, the hub's verdict, the captured command → CommandFeatures (at once
    /// offline), the result → the label on show. Drives the state machine's voice events and keeps
    /// the pipeline armed in step with it.
    /// </summary>
    /// <remarks>Allocation-free per frame; sending a frame allocates a little (the codec's writer).</remarks>
    public sealed class VoiceInteraction
    {
        private readonly WatchStateMachine _machine;
        private readonly WatchLink _link;
        private readonly ListeningOptions _options;
        private readonly OpCounter _ops;
        private ListeningPipeline? _pipeline;
        private bool _commandReady;
        private int _localCommand = WatchStateMachine.NoCommand;
        private uint _wakeSequence;
        private uint _commandSequence;
        private int _wakeCandidates;
        private string _resultLabel = string.Empty;
        private bool _voiceHeard;

        /// <summary>Wires the exchange; no pipeline until <see cref="Load"/>.</summary>
        /// <param name="machine">The interaction state machine.</param>
        /// <param name="link">The hub link.</param>
        /// <param name="options">Pipeline sizes (validated by the caller).</param>
        /// <param name="ops">Counter for gate, front end and model ops.</param>
        public VoiceInteraction(WatchStateMachine machine, WatchLink link, ListeningOptions options, OpCounter ops)
        {
            _machine = machine;
            _link = link;
            _options = options;
            _ops = ops;
        }

        /// <summary>The listening pipeline, null while no model is installed.</summary>
        public ListeningPipeline? Pipeline
        {
            get { return _pipeline; }
        }

        /// <summary>Wake candidates sent (or queued) since start.</summary>
        public int WakeCandidates
        {
            get { return _wakeCandidates; }
        }

        /// <summary>The label of the last result (the hub's, or the tiny model's own guess offline).</summary>
        public string ResultLabel
        {
            get { return _resultLabel; }
        }

        /// <summary>Builds a pipeline for <paramref name="model"/> (null: none); throws when the model does not fit the pipeline.</summary>
        /// <param name="model">The active model, or null.</param>
        public void Load(WatchModel? model)
        {
            _pipeline = model == null ? null : new ListeningPipeline(model, _options);
            _commandReady = false;
        }

        /// <summary>Pushes <paramref name="count"/> samples through the pipeline and acts on each event in stream order.</summary>
        /// <param name="pcm">Samples.</param>
        /// <param name="count">Samples from index 0.</param>
        public void Process(short[] pcm, int count)
        {
            ListeningPipeline? pipeline = _pipeline;
            if (pipeline == null)
            {
                return;
            }

            int consumed = 0;
            while (consumed < count)
            {
                pipeline.HoldOpen = _machine.IsMicrophoneOpen;
                consumed += pipeline.Process(pcm, consumed, count - consumed, _ops);

                // Voice, for the state machine, lasts while the gate is open or a trigger's post-roll runs: a
                // trigger near the end of an utterance is reported after the gate has closed, and it still
                // belongs to that utterance. So: voice starts, then the wake is acted on, then voice ends.
                if (!_voiceHeard && IsVoiceHeard(pipeline))
                {
                    _voiceHeard = true;
                    _machine.SetVoiceGate(true);
                }

                if (pipeline.WakeTriggered)
                {
                    OnWake(pipeline);
                }

                if (_voiceHeard && !IsVoiceHeard(pipeline))
                {
                    _voiceHeard = false;
                    _machine.SetVoiceGate(false);
                }

                if (pipeline.CommandCompleted)
                {
                    _commandReady = true;
                    _localCommand = pipeline.Spotter.BestCommandLabel();
                    TryFinishCommand();
                }

                Sync();
            }
        }

        /// <summary>Re-arms the pipeline once the machine is back to idle or listening.</summary>
        public void Sync()
        {
            ListeningPipeline? pipeline = _pipeline;
            if (pipeline == null)
            {
                return;
            }

            WatchState state = _machine.State;
            if ((state == WatchState.Idle || state == WatchState.Listening) && !pipeline.Capture.IsArmed)
            {
                pipeline.Rearm();
                _commandReady = false;
            }

            // A command completed while the verdict was awaited goes out once the machine captures
            // commands again: after an accepted verdict, or offline after the verdict timed out.
            TryFinishCommand();
        }

        /// <summary>A Result for this device: a verdict on the wake candidate or the result of the command.</summary>
        /// <param name="result">The frame.</param>
        public void OnResult(ResultFrame result)
        {
            if (result.ReplyToSequence == 0)
            {
                return;
            }

            if (result.ReplyToSequence == _wakeSequence)
            {
                LocalVerdict verdict = result.Verdict == WireVerdict.Rejected ? LocalVerdict.Rejected
                    : (result.Verdict == WireVerdict.StandDown ? LocalVerdict.StandDown : LocalVerdict.Accepted);
                _machine.VerdictReceived(verdict);
                Sync();
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

        /// <summary>Applies a DeviceConfig's wake threshold and refractory period to the spotter.</summary>
        /// <param name="config">The frame.</param>
        public void ApplyConfig(DeviceConfigFrame config)
        {
            ListeningPipeline? pipeline = _pipeline;
            if (pipeline != null)
            {
                pipeline.Spotter.Threshold = KeywordSpotter.Q15ToLogit(config.WakeThreshold);
                pipeline.Spotter.RefractoryRows = KeywordSpotter.RefractoryRowsFor(pipeline.Spotter.Model, config.RefractoryMs);
            }
        }

        private static bool IsVoiceHeard(ListeningPipeline pipeline)
        {
            return pipeline.Gate.IsOpen || pipeline.Capture.IsPostRolling;
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
            UtteranceCapture capture = pipeline.Capture;
            _wakeSequence = _link.SendWakeCandidate(capture.WakeScore, pipeline.Energy.VoiceEnergy, pipeline.Energy.AmbientEnergy,
                capture.WakePreRollFrames, capture.Bands, capture.WindowFrames, capture.WakeWindow);
        }

        private void TryFinishCommand()
        {
            ListeningPipeline? pipeline = _pipeline;
            if (!_commandReady || pipeline == null || _machine.State != WatchState.CapturingCommand)
            {
                return;
            }

            _commandReady = false;
            UtteranceCapture capture = pipeline.Capture;
            _commandSequence = _link.SendCommandFeatures(_wakeSequence, capture.Bands, capture.CommandFrames, capture.CommandFeatures);
            _resultLabel = LabelOf(_localCommand);
            _machine.CommandCaptured(_localCommand);
        }

        private int LabelIndex(string label)
        {
            ListeningPipeline? pipeline = _pipeline;
            if (pipeline == null)
            {
                return WatchStateMachine.NoCommand;
            }

            string[] labels = pipeline.Spotter.Model.Labels;
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
    }
}
