using WearableAI.Firmware.Link;
using WearableAI.Firmware.State;
using WearableAI.Firmware.Updates;
using WearableAI.Shared.Models;
using WearableAI.Shared.Protocol;
using WireVerdict = WearableAI.Shared.Protocol.Verdict;

namespace WearableAI.Firmware
{
    /// <summary>
    /// What the hub sends, acted on: Results for this device go to the <see cref="VoiceInteraction"/>,
    /// Results of the group's other devices (fan-out) flash on the indicator, a DeviceConfig sets
    /// raise-to-speak, heartbeat, group and spotter, ModelChunks go to the <see cref="ModelUpdater"/>
    /// (a new pipeline on install, rollback when it cannot be built, an ack either way).
    /// </summary>
    /// <remarks>Frames that do not decode or do not belong where they arrived never get here:
    /// <see cref="WatchLink.Poll"/> counts them in <see cref="WatchLink.Rejections"/>.</remarks>
    public sealed class HubInbox
    {
        private readonly WatchSettings _settings;
        private readonly WatchLink _link;
        private readonly ModelUpdater _updater;
        private readonly VoiceInteraction _voice;
        private readonly WatchStateMachine _machine;
        private readonly StatusDisplay _display;
        private DeviceConfigFrame? _config;
        private int _groupResults;
        private string _groupResultLabel = string.Empty;
        private string _groupResultDevice = string.Empty;

        /// <summary>Wires the receivers; owns none of them.</summary>
        /// <param name="settings">The watch's settings (raise-to-speak is changed by a DeviceConfig).</param>
        /// <param name="link">The hub link.</param>
        /// <param name="updater">The model updater.</param>
        /// <param name="voice">The voice exchange.</param>
        /// <param name="machine">The state machine.</param>
        /// <param name="display">The LED and motor.</param>
        public HubInbox(WatchSettings settings, WatchLink link, ModelUpdater updater, VoiceInteraction voice, WatchStateMachine machine, StatusDisplay display)
        {
            _settings = settings;
            _link = link;
            _updater = updater;
            _voice = voice;
            _machine = machine;
            _display = display;
        }

        /// <summary>The last DeviceConfig received, or null.</summary>
        public DeviceConfigFrame? Config
        {
            get { return _config; }
        }

        /// <summary>Results of other devices of the group received (shown or not).</summary>
        public int GroupResults
        {
            get { return _groupResults; }
        }

        /// <summary>Label of the last group result ("" when none).</summary>
        public string GroupResultLabel
        {
            get { return _groupResultLabel; }
        }

        /// <summary>Device that the last group result answered ("" when none).</summary>
        public string GroupResultDevice
        {
            get { return _groupResultDevice; }
        }

        /// <summary>Acts on one frame from <see cref="WatchLink.Poll"/>.</summary>
        /// <param name="frame">A Result, DeviceConfig, ModelChunk or Error frame.</param>
        public void Handle(Frame frame)
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

        /// <summary>Applies the last DeviceConfig again (after a new pipeline was built).</summary>
        public void ApplyConfig()
        {
            DeviceConfigFrame? config = _config;
            if (config == null)
            {
                return;
            }

            _settings.Interaction.RaiseToSpeak = config.RaiseToSpeak;
            _link.HeartbeatIntervalSeconds = config.HeartbeatIntervalSeconds;
            _link.JoinGroup(config.GroupId);
            _voice.ApplyConfig(config);
        }

        private void OnResult(ResultFrame result)
        {
            if (result.DeviceId == _settings.Identity.DeviceId)
            {
                _voice.OnResult(result);
                return;
            }

            // Only the group channel carries other devices' results (WatchLink checks it).
            if (result.Verdict == WireVerdict.Rejected || result.Verdict == WireVerdict.StandDown || result.Label.Length == 0)
            {
                return;
            }

            _groupResults++;
            _groupResultLabel = result.Label;
            _groupResultDevice = result.DeviceId;
            if (_machine.State == WatchState.Idle)
            {
                _display.ShowGroupResult();
            }
        }

        private void OnModelChunk(ModelChunkFrame chunk)
        {
            ModelAckStatus status = _updater.Accept(chunk);
            if (_updater.JustInstalled)
            {
                try
                {
                    _voice.Load(_updater.ActiveModel);
                    ApplyConfig();
                }
                catch (System.Exception)
                {
                    status = _updater.RollBack("the pipeline could not be built for the new model");
                    WatchModel? previous = _updater.ActiveModel;
                    _voice.Load(previous);
                }
            }

            _link.ModelVersion = _updater.ActiveVersion;
            _link.SendModelAck(_updater.LastVersion, status, _updater.NextOffset);
        }
    }
}
