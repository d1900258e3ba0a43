namespace WearableAI.Firmware.Gestures
{
    /// <summary>
    /// Fall candidate, in three phases: free fall (total acceleration below
    /// <see cref="GestureThresholds.FreeFallMilliG"/> for at least
    /// <see cref="GestureThresholds.FreeFallMinMs"/>), then an impact of at least
    /// <see cref="GestureThresholds.ImpactMilliG"/> within <see cref="GestureThresholds.ImpactWindowMs"/>,
    /// then stillness (near 1 g, barely changing) for <see cref="GestureThresholds.StillMs"/>
    /// completed within <see cref="GestureThresholds.StillDeadlineMs"/> of the impact. Reported
    /// when the stillness completes; the hub and the user decide whether it was a fall.
    /// </summary>
    public sealed class FallDetector
    {
        private const int FreeFallMin = (GestureThresholds.FreeFallMinMs + GestureThresholds.SampleMs - 1) / GestureThresholds.SampleMs;
        private const int ImpactWindow = GestureThresholds.ImpactWindowMs / GestureThresholds.SampleMs;
        private const int StillSamples = GestureThresholds.StillMs / GestureThresholds.SampleMs;
        private const int StillDeadline = GestureThresholds.StillDeadlineMs / GestureThresholds.SampleMs;
        private const int Refractory = GestureThresholds.FallRefractoryMs / GestureThresholds.SampleMs;

        private const uint FreeFallSquared = (uint)(GestureThresholds.FreeFallMilliG) * (uint)(GestureThresholds.FreeFallMilliG);
        private const uint ImpactSquared = (uint)(GestureThresholds.ImpactMilliG) * (uint)(GestureThresholds.ImpactMilliG);
        private const uint StillLowSquared = (uint)(GestureThresholds.OneG - GestureThresholds.StillToleranceMilliG) * (uint)(GestureThresholds.OneG - GestureThresholds.StillToleranceMilliG);
        private const uint StillHighSquared = (uint)(GestureThresholds.OneG + GestureThresholds.StillToleranceMilliG) * (uint)(GestureThresholds.OneG + GestureThresholds.StillToleranceMilliG);

        private const int PhaseWatching = 0;
        private const int PhaseAwaitingImpact = 1;
        private const int PhaseAwaitingStillness = 2;

        private int _phase;
        private int _freeFallRun;
        private int _freeFallSamples;
        private long _phaseStartIndex;
        private uint _impactPeak;
        private int _stillRun;
        private long _quietUntilIndex;

        /// <summary>
        /// True from the end of a free fall until the fall is reported or ruled out; the other
        /// rules stay silent meanwhile, so a fall that ends face up is not also a wrist raise.
        /// </summary>
        public bool IsTracking
        {
            get { return _phase != PhaseWatching; }
        }

        /// <summary>Confidence of the latest detection: length of the free fall and strength of the impact.</summary>
        public byte Confidence { get; private set; }

        /// <summary>Impact of the latest detection, milli-g.</summary>
        public int PeakMilliG { get; private set; }

        /// <summary>Feeds one sample.</summary>
        /// <param name="frame">The sample, from <see cref="MotionTracker"/>.</param>
        /// <returns>True on the sample that completes the stillness after a fall.</returns>
        public bool Update(MotionFrame frame)
        {
            long index = frame.Index;
            uint magnitude = frame.MagnitudeSquared;
            bool freeFall = magnitude < FreeFallSquared;
            int freeFallRunBefore = _freeFallRun;
            _freeFallRun = freeFall ? _freeFallRun + 1 : 0;

            if (_phase == PhaseWatching)
            {
                if (!freeFall && freeFallRunBefore >= FreeFallMin && index >= _quietUntilIndex)
                {
                    _phase = PhaseAwaitingImpact;
                    _phaseStartIndex = index;
                    _freeFallSamples = freeFallRunBefore;
                    _impactPeak = 0;
                }
            }

            if (_phase == PhaseAwaitingImpact)
            {
                if (magnitude >= ImpactSquared)
                {
                    _phase = PhaseAwaitingStillness;
                    _phaseStartIndex = index;
                    _impactPeak = magnitude;
                    _stillRun = 0;
                }
                else if (index - _phaseStartIndex > ImpactWindow)
                {
                    _phase = PhaseWatching;
                }

                return false;
            }

            if (_phase == PhaseAwaitingStillness)
            {
                return AwaitStillness(frame, index);
            }

            return false;
        }

        private bool AwaitStillness(MotionFrame frame, long index)
        {
            uint magnitude = frame.MagnitudeSquared;
            if (magnitude > _impactPeak)
            {
                _impactPeak = magnitude;
            }

            bool still = magnitude >= StillLowSquared && magnitude <= StillHighSquared
                && frame.Jerk < GestureThresholds.StillJerkMilliG;
            _stillRun = still ? _stillRun + 1 : 0;
            if (_stillRun >= StillSamples)
            {
                _phase = PhaseWatching;
                _quietUntilIndex = index + Refractory;
                PeakMilliG = (int)IntegerMath.Sqrt(_impactPeak);
                int freeFallBonus = (_freeFallSamples - FreeFallMin) * 16;
                int impactBonus = (PeakMilliG - GestureThresholds.ImpactMilliG) / 16;
                Confidence = IntegerMath.ToConfidence(128 + freeFallBonus + impactBonus);
                return true;
            }

            if (index - _phaseStartIndex > StillDeadline)
            {
                _phase = PhaseWatching;
            }

            return false;
        }
    }
}
