using WearableAI.Firmware.Hardware;

namespace WearableAI.Firmware.State
{
    /// <summary>
    /// The watch's interaction cycle, as pure logic: idle → listening → awaiting verdict → capturing
    /// command → awaiting result → showing result → idle. Inputs are method calls, timeouts are checked
    /// by <see cref="Tick"/> against <see cref="IClock.UptimeMs"/>; the main loop reads <see cref="State"/>
    /// and the flags and drives the hardware.
    /// </summary>
    /// <remarks>
    /// <para>Hub silent: when the verdict or the result does not come in time, or the link drops,
    /// the watch goes offline (<see cref="IsHubOffline"/>) and acts on the tiny model alone —
    /// its command is shown marked <see cref="IsUnverified"/>. Any verdict or result from the hub,
    /// or the link coming back, ends offline mode. A late verdict can still veto or confirm an
    /// unverified command while it is being captured.</para>
    /// <para>Command ids are the tiny model's class indices; the state machine only carries them.</para>
    /// <para>Every input returns true when it was acted on, false when it did not apply in the current state.</para>
    /// </remarks>
    public sealed class WatchStateMachine
    {
        /// <summary>The command id meaning "none" (nothing captured yet).</summary>
        public const int NoCommand = -1;

        private readonly IClock _clock;
        private readonly WatchOptions _options;
        private WatchState _state;
        private WatchState _previousState;
        private long _enteredMs;
        private long _deadlineMs;
        private long _raiseGateUntilMs = long.MinValue;
        private bool _voiceGateOpen;
        private bool _offline;
        private bool _unverified;
        private int _localCommand = NoCommand;
        private int _resultCommand = NoCommand;
        private int _transitions;
        private int _resends;

        /// <summary>Starts idle and online.</summary>
        /// <param name="clock">Monotonic time; not owned.</param>
        /// <param name="options">Timeouts; validated here and read on every use, so later changes apply.</param>
        public WatchStateMachine(IClock clock, WatchOptions options)
        {
            _clock = clock ?? throw new System.ArgumentNullException(nameof(clock));
            _options = options ?? throw new System.ArgumentNullException(nameof(options));
            options.Validate();
            _enteredMs = clock.UptimeMs;
        }

        /// <summary>The current state.</summary>
        public WatchState State
        {
            get { return _state; }
        }

        /// <summary>The state before the latest change (e.g. AwaitingVerdict → Listening means rejected).</summary>
        public WatchState PreviousState
        {
            get { return _previousState; }
        }

        /// <summary>Uptime (ms) at which the current state was entered.</summary>
        public long StateEnteredMs
        {
            get { return _enteredMs; }
        }

        /// <summary>State changes since start; the main loop compares it with its last value to see a change.</summary>
        public int Transitions
        {
            get { return _transitions; }
        }

        /// <summary>True while the hub counts as silent: wake words are acted on without verification.</summary>
        public bool IsHubOffline
        {
            get { return _offline; }
        }

        /// <summary>True while the current command or result comes from the tiny model alone.</summary>
        public bool IsUnverified
        {
            get { return _unverified; }
        }

        /// <summary>True in every state that needs audio (listening, awaiting verdict, capturing).</summary>
        public bool IsMicrophoneOpen
        {
            get { return _state == WatchState.Listening || _state == WatchState.AwaitingVerdict || _state == WatchState.CapturingCommand; }
        }

        /// <summary>The command on show in <see cref="WatchState.ShowingResult"/>, else <see cref="NoCommand"/>.</summary>
        public int ResultCommand
        {
            get { return _resultCommand; }
        }

        /// <summary>The voice-activity gate opened or closed.</summary>
        /// <param name="open">True when voice activity was detected.</param>
        /// <returns>True when the state changed.</returns>
        public bool SetVoiceGate(bool open)
        {
            _voiceGateOpen = open;
            if (open && _state == WatchState.Idle)
            {
                return Enter(WatchState.Listening, 0);
            }

            if (!open && _state == WatchState.Listening && !RaiseGateOpen())
            {
                return Enter(WatchState.Idle, 0);
            }

            return false;
        }

        /// <summary>The gesture detector saw a wrist raise. With raise-to-speak it opens the microphone gate.</summary>
        /// <returns>True when the gate was opened or held open longer.</returns>
        public bool WristRaised()
        {
            if (!_options.RaiseToSpeak || (_state != WatchState.Idle && _state != WatchState.Listening))
            {
                return false;
            }

            _raiseGateUntilMs = _clock.UptimeMs + _options.RaiseListenMs;
            if (_state == WatchState.Idle)
            {
                Enter(WatchState.Listening, 0);
            }

            return true;
        }

        /// <summary>The tiny model heard the wake word. Online: wait for the hub. Offline: capture the command at once, unverified.</summary>
        /// <returns>True when acted on (only while listening).</returns>
        public bool WakeTriggered()
        {
            if (_state != WatchState.Listening)
            {
                return false;
            }

            _localCommand = NoCommand;
            _resultCommand = NoCommand;
            if (_offline)
            {
                _unverified = true;
                return Enter(WatchState.CapturingCommand, _options.CommandTimeoutMs);
            }

            _unverified = false;
            _resends = 0;
            return Enter(WatchState.AwaitingVerdict, _options.VerdictTimeoutMs);
        }

        /// <summary>
        /// While the hub's verdict on the wake candidate, or its result for the command, is awaited: true once per
        /// <see cref="WatchOptions.VerdictResendMs"/> without one, at most <see cref="WatchOptions.VerdictResends"/> times
        /// per wait — then the candidate or the command goes out again. Call every main-loop turn.
        /// </summary>
        /// <returns>True when the awaited frame should be re-sent now.</returns>
        public bool ResendDue()
        {
            if ((_state != WatchState.AwaitingVerdict && _state != WatchState.AwaitingResult) || _resends >= _options.VerdictResends
                || _clock.UptimeMs - _enteredMs < (long)(_resends + 1) * _options.VerdictResendMs)
            {
                return false;
            }

            _resends++;
            return true;
        }

        /// <summary>The hub's verdict on the wake candidate arrived. Ends offline mode.</summary>
        /// <param name="verdict">What the hub decided.</param>
        /// <returns>True when acted on.</returns>
        public bool VerdictReceived(Verdict verdict)
        {
            _offline = false;
            bool waiting = _state == WatchState.AwaitingVerdict;
            bool lateForUnverified = _unverified && (_state == WatchState.CapturingCommand || _state == WatchState.AwaitingResult);
            if (!waiting && !lateForUnverified)
            {
                return false;
            }

            if (verdict != Verdict.Accepted)
            {
                _unverified = false;
                return Enter(verdict == Verdict.StandDown ? WatchState.Idle : RestState(), 0);
            }

            _unverified = false;
            return waiting ? Enter(WatchState.CapturingCommand, _options.CommandTimeoutMs) : true;
        }

        /// <summary>The tiny model captured the command after the wake word.</summary>
        /// <param name="localCommand">The tiny model's own guess (class index), shown if the hub stays silent.</param>
        /// <returns>True when acted on (only while capturing).</returns>
        public bool CommandCaptured(int localCommand)
        {
            if (_state != WatchState.CapturingCommand)
            {
                return false;
            }

            _localCommand = localCommand;
            if (_offline)
            {
                _unverified = true;
                _resultCommand = localCommand;
                return Enter(WatchState.ShowingResult, _options.ShowResultMs);
            }

            _resends = 0;
            return Enter(WatchState.AwaitingResult, _options.ResultTimeoutMs);
        }

        /// <summary>The hub's result arrived. Ends offline mode; replaces an unverified result on show.</summary>
        /// <param name="command">The hub's command (class index).</param>
        /// <returns>True when acted on.</returns>
        public bool ResultReceived(int command)
        {
            _offline = false;
            if (_state != WatchState.AwaitingResult && !(_state == WatchState.ShowingResult && _unverified))
            {
                return false;
            }

            _unverified = false;
            _resultCommand = command;
            return Enter(WatchState.ShowingResult, _options.ShowResultMs);
        }

        /// <summary>The hub link connected or dropped. A drop while waiting on the hub acts at once, unverified.</summary>
        /// <param name="connected">True when connected.</param>
        /// <returns>True when the state changed.</returns>
        public bool SetLinkConnected(bool connected)
        {
            if (connected)
            {
                _offline = false;
                return false;
            }

            return GoOffline();
        }

        /// <summary>Checks the timeouts; call every main-loop turn.</summary>
        /// <returns>True when the state changed.</returns>
        public bool Tick()
        {
            long now = _clock.UptimeMs;
            if (_state == WatchState.Listening)
            {
                return !_voiceGateOpen && !RaiseGateOpen() ? Enter(WatchState.Idle, 0) : false;
            }

            if (_state == WatchState.Idle || now < _deadlineMs)
            {
                return false;
            }

            if (_state == WatchState.AwaitingVerdict || _state == WatchState.AwaitingResult)
            {
                return GoOffline();
            }

            // Capturing timed out (no command) or the result was shown long enough.
            _unverified = false;
            return Enter(RestState(), 0);
        }

        private bool GoOffline()
        {
            _offline = true;
            if (_state == WatchState.AwaitingVerdict)
            {
                _unverified = true;
                return Enter(WatchState.CapturingCommand, _options.CommandTimeoutMs);
            }

            if (_state == WatchState.AwaitingResult)
            {
                _unverified = true;
                _resultCommand = _localCommand;
                return Enter(WatchState.ShowingResult, _options.ShowResultMs);
            }

            return false;
        }

        private bool RaiseGateOpen()
        {
            return _clock.UptimeMs < _raiseGateUntilMs;
        }

        private WatchState RestState()
        {
            return _voiceGateOpen || RaiseGateOpen() ? WatchState.Listening : WatchState.Idle;
        }

        private bool Enter(WatchState state, int timeoutMs)
        {
            long now = _clock.UptimeMs;
            if (state != WatchState.ShowingResult)
            {
                _resultCommand = NoCommand;
            }

            _previousState = _state;
            _state = state;
            _enteredMs = now;
            _deadlineMs = now + timeoutMs;
            _transitions++;
            return true;
        }
    }
}
