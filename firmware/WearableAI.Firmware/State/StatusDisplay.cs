using WearableAI.Firmware.Hardware;

namespace WearableAI.Firmware.State
{
    /// <summary>
    /// Shows the state machine on the LED and the vibration motor: one pattern per state, a
    /// short pulse for a verified result, a double-length pulse for an unverified one, and a
    /// rejected flash when the hub turned a wake candidate down. Call <see cref="Update"/> every
    /// main-loop turn; it touches the hardware only when something changed.
    /// </summary>
    public sealed class StatusDisplay
    {
        /// <summary>Haptic pulse for a verified result, in ms.</summary>
        public const int ResultPulseMs = 60;

        /// <summary>Haptic pulse for an unverified result (hub silent), in ms: longer, so it feels different.</summary>
        public const int UnverifiedPulseMs = 120;

        /// <summary>Haptic pulse for another device's result (group fan-out), in ms: the lightest.</summary>
        public const int GroupResultPulseMs = 30;

        /// <summary>How long a group result shows before the LED returns to the state, in ms.</summary>
        public const int GroupResultShowMs = 2000;

        private readonly IIndicator _indicator;
        private readonly IClock? _clock;
        private int _shownTransitions = -1;
        private bool _shownOffline;
        private long _groupUntilMs = -1;

        /// <summary>Drives <paramref name="indicator"/>; does not own it.</summary>
        /// <param name="indicator">The LED and motor.</param>
        public StatusDisplay(IIndicator indicator)
        {
            _indicator = indicator ?? throw new System.ArgumentNullException(nameof(indicator));
        }

        /// <summary>Drives <paramref name="indicator"/>; group results show for <see cref="GroupResultShowMs"/> by <paramref name="clock"/>.</summary>
        /// <param name="indicator">The LED and motor.</param>
        /// <param name="clock">Times the group-result flash.</param>
        public StatusDisplay(IIndicator indicator, IClock clock)
            : this(indicator)
        {
            _clock = clock;
        }

        /// <summary>True while a group result is on show.</summary>
        public bool IsShowingGroupResult
        {
            get { return _groupUntilMs >= 0; }
        }

        /// <summary>
        /// Shows that another device of the group got a result: <see cref="IndicatorPattern.GroupResult"/>
        /// and a light pulse, until <see cref="GroupResultShowMs"/> pass (with a clock) or the state changes.
        /// </summary>
        public void ShowGroupResult()
        {
            _groupUntilMs = _clock == null ? long.MaxValue : _clock.UptimeMs + GroupResultShowMs;
            _indicator.Show(IndicatorPattern.GroupResult);
            _indicator.Pulse(GroupResultPulseMs);
        }

        /// <summary>Brings the LED (and on a new result the motor) up to date with <paramref name="watch"/>.</summary>
        /// <param name="watch">The state machine.</param>
        /// <returns>True when the indicator was changed.</returns>
        public bool Update(WatchStateMachine watch)
        {
            bool redraw = false;
            if (_groupUntilMs >= 0)
            {
                bool over = watch.Transitions != _shownTransitions || (_clock != null && _clock.UptimeMs >= _groupUntilMs);
                if (!over)
                {
                    return false;
                }

                _groupUntilMs = -1;
                redraw = true;
            }

            if (!redraw && watch.Transitions == _shownTransitions && watch.IsHubOffline == _shownOffline)
            {
                return false;
            }

            bool newState = watch.Transitions != _shownTransitions;
            _shownTransitions = watch.Transitions;
            _shownOffline = watch.IsHubOffline;
            _indicator.Show(PatternFor(watch));
            if (newState && watch.State == WatchState.ShowingResult)
            {
                _indicator.Pulse(watch.IsUnverified ? UnverifiedPulseMs : ResultPulseMs);
            }

            return true;
        }

        /// <summary>The LED pattern for the machine's current state.</summary>
        /// <param name="watch">The state machine.</param>
        /// <returns>The pattern.</returns>
        public static IndicatorPattern PatternFor(WatchStateMachine watch)
        {
            switch (watch.State)
            {
                case WatchState.Listening:
                    return watch.PreviousState == WatchState.AwaitingVerdict ? IndicatorPattern.Rejected : IndicatorPattern.Listening;
                case WatchState.AwaitingVerdict:
                case WatchState.AwaitingResult:
                    return IndicatorPattern.Thinking;
                case WatchState.CapturingCommand:
                    return IndicatorPattern.Capturing;
                case WatchState.ShowingResult:
                    return watch.IsUnverified ? IndicatorPattern.UnverifiedResult : IndicatorPattern.Result;
                default:
                    if (watch.PreviousState == WatchState.AwaitingVerdict)
                    {
                        return IndicatorPattern.Rejected;
                    }

                    return watch.IsHubOffline ? IndicatorPattern.Offline : IndicatorPattern.Off;
            }
        }
    }
}
