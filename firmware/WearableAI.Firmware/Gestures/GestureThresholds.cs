namespace WearableAI.Firmware.Gestures
{
    /// <summary>
    /// Every threshold of the gesture detector, in one place, in milli-g and milliseconds at the
    /// fixed accelerometer rate. firmware/README.md explains each choice; the tests replay
    /// synthetic traces (WearableAI.Firmware.Host.SyntheticImu) against them.
    /// </summary>
    /// <remarks>
    /// Durations are converted to whole samples with <see cref="Samples"/> (rounded up), so a
    /// "≥ 150 ms" rule means "≥ 8 samples" at 50 Hz.
    /// </remarks>
    public static class GestureThresholds
    {
        /// <summary>Accelerometer rate the detector is written for, in Hz.</summary>
        public const int SampleRateHz = 50;

        /// <summary>Milliseconds per sample at <see cref="SampleRateHz"/>.</summary>
        public const int SampleMs = 1000 / SampleRateHz;

        /// <summary>One standard gravity in milli-g.</summary>
        public const int OneG = 1000;

        /// <summary>Gravity low-pass: g += (a − g) &gt;&gt; shift, i.e. α = 1/8, time constant ≈ 8 samples = 160 ms.</summary>
        public const int GravityShift = 3;

        /// <summary>
        /// Largest per-sample input to the gravity low-pass, in milli-g. Clamping the difference
        /// keeps a 3 g tap spike from dragging the gravity estimate (it moves ≤ 50 mg per sample)
        /// while still following a wrist turn of 1 g in a few hundred milliseconds.
        /// </summary>
        public const int GravityStepClampMilliG = 400;

        /// <summary>Wrist raise: gravity's component out of the screen at or above this means "screen faces up" (tilt ≤ ~41°).</summary>
        public const int RaiseFaceUpMilliG = 750;

        /// <summary>Wrist raise: at or below this the screen faces sideways or down (arm hanging or horizontal on its side).</summary>
        public const int RaiseAwayMilliG = 350;

        /// <summary>Wrist raise: the face-up pose must be held this long.</summary>
        public const int RaiseHoldMs = 300;

        /// <summary>Wrist raise: the hold must start within this long of the last "away" pose (a raise is a movement, not a pose).</summary>
        public const int RaiseTransitionMs = 1500;

        /// <summary>Wrist raise: during the hold the arm is steady, motion (gravity removed) below this.</summary>
        public const int RaiseSteadyMilliG = 400;

        /// <summary>Shake: a swing is a gravity-removed acceleration beyond ± this on one axis.</summary>
        public const int ShakeSwingMilliG = 1000;

        /// <summary>Shake: consecutive opposite swings at least this far apart (shorter is the rebound of one knock).</summary>
        public const int ShakeMinGapMs = 60;

        /// <summary>Shake: consecutive opposite swings at most this far apart (slower is arm swing, not a shake).</summary>
        public const int ShakeMaxGapMs = 400;

        /// <summary>Shake: alternating swings needed.</summary>
        public const int ShakeMinSwings = 3;

        /// <summary>Shake: all counted swings lie within this window.</summary>
        public const int ShakeWindowMs = 1000;

        /// <summary>Shake: no second shake within this long.</summary>
        public const int ShakeRefractoryMs = 1500;

        /// <summary>Tap: spike of gravity-removed acceleration at or above this.</summary>
        public const int TapSpikeMilliG = 1300;

        /// <summary>Tap: "quiet" means gravity-removed acceleration below this and total acceleration near 1 g.</summary>
        public const int TapQuietMilliG = 200;

        /// <summary>Tap: "near 1 g" for quiet means total acceleration within ± this of 1 g (rules out free fall).</summary>
        public const int TapRestToleranceMilliG = 300;

        /// <summary>Tap: quiet needed before the spike.</summary>
        public const int TapQuietBeforeMs = 100;

        /// <summary>Tap: the spike may take this long to rise out of the quiet.</summary>
        public const int TapRiseMs = 40;

        /// <summary>Tap: the spike is at most this long (a knock, not a movement).</summary>
        public const int TapMaxSpikeMs = 60;

        /// <summary>Tap: ringing allowed after the spike before the quiet-after must start.</summary>
        public const int TapSettleMs = 100;

        /// <summary>Tap: quiet needed after the spike.</summary>
        public const int TapQuietAfterMs = 100;

        /// <summary>Double tap: the second spike starts within this long of the first; a single tap is reported once this has passed.</summary>
        public const int DoubleTapWindowMs = 500;

        /// <summary>Tap: no new tap within this long of a reported double tap.</summary>
        public const int TapRefractoryMs = 300;

        /// <summary>Fall: total acceleration below this is free fall (an unsupported body reads ~0 g).</summary>
        public const int FreeFallMilliG = 350;

        /// <summary>Fall: free fall lasts at least this long (~11 cm of drop).</summary>
        public const int FreeFallMinMs = 150;

        /// <summary>Fall: impact of total acceleration at or above this.</summary>
        public const int ImpactMilliG = 2500;

        /// <summary>Fall: the impact comes within this long of the end of free fall.</summary>
        public const int ImpactWindowMs = 500;

        /// <summary>Fall: stillness = total acceleration within ± this of 1 g ...</summary>
        public const int StillToleranceMilliG = 200;

        /// <summary>Fall: ... and per-sample change (|Δx| + |Δy| + |Δz|) below this.</summary>
        public const int StillJerkMilliG = 120;

        /// <summary>Fall: stillness lasts this long ...</summary>
        public const int StillMs = 1000;

        /// <summary>Fall: ... and is complete within this long of the impact.</summary>
        public const int StillDeadlineMs = 3000;

        /// <summary>Fall: no second fall candidate within this long.</summary>
        public const int FallRefractoryMs = 5000;

        /// <summary>Whole samples covering <paramref name="ms"/> milliseconds at <see cref="SampleRateHz"/>, rounded up.</summary>
        /// <param name="ms">A duration in milliseconds.</param>
        /// <returns>The number of samples.</returns>
        public static int Samples(int ms)
        {
            return (ms + SampleMs - 1) / SampleMs;
        }
    }
}
