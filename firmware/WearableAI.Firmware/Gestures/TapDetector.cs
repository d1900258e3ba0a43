namespace WearableAI.Firmware.Gestures
{
    /// <summary>
    /// Tap and double tap: a spike of gravity-removed acceleration of at least
    /// <see cref="GestureThresholds.TapSpikeMilliG"/>, no longer than
    /// <see cref="GestureThresholds.TapMaxSpikeMs"/>, rising out of
    /// <see cref="GestureThresholds.TapQuietBeforeMs"/> of quiet and followed (after a short
    /// ringing allowance) by <see cref="GestureThresholds.TapQuietAfterMs"/> of quiet. A confirmed
    /// tap waits <see cref="GestureThresholds.DoubleTapWindowMs"/> for a second one: two make a
    /// <see cref="GestureKind.DoubleTap"/>, one alone becomes a <see cref="GestureKind.Tap"/>
    /// when the window closes.
    /// </summary>
    public sealed class TapDetector
    {
        private const int QuietBefore = (GestureThresholds.TapQuietBeforeMs + GestureThresholds.SampleMs - 1) / GestureThresholds.SampleMs;
        private const int Rise = GestureThresholds.TapRiseMs / GestureThresholds.SampleMs;
        private const int MaxSpike = GestureThresholds.TapMaxSpikeMs / GestureThresholds.SampleMs;
        private const int Settle = GestureThresholds.TapSettleMs / GestureThresholds.SampleMs;
        private const int QuietAfter = (GestureThresholds.TapQuietAfterMs + GestureThresholds.SampleMs - 1) / GestureThresholds.SampleMs;
        private const int DoubleWindow = GestureThresholds.DoubleTapWindowMs / GestureThresholds.SampleMs;
        private const int Refractory = GestureThresholds.TapRefractoryMs / GestureThresholds.SampleMs;

        private const uint QuietSquared = (uint)(GestureThresholds.TapQuietMilliG) * (uint)(GestureThresholds.TapQuietMilliG);
        private const uint SpikeSquared = (uint)(GestureThresholds.TapSpikeMilliG) * (uint)(GestureThresholds.TapSpikeMilliG);
        private const uint RestLowSquared = (uint)(GestureThresholds.OneG - GestureThresholds.TapRestToleranceMilliG) * (uint)(GestureThresholds.OneG - GestureThresholds.TapRestToleranceMilliG);
        private const uint RestHighSquared = (uint)(GestureThresholds.OneG + GestureThresholds.TapRestToleranceMilliG) * (uint)(GestureThresholds.OneG + GestureThresholds.TapRestToleranceMilliG);

        private const int PhaseWaiting = 0;
        private const int PhaseSpike = 1;
        private const int PhaseSettling = 2;

        private int _phase;
        private int _quietRun;
        private long _lastLongQuietEndIndex = long.MinValue / 2;
        private long _spikeStartIndex;
        private long _spikeEndIndex;
        private uint _spikePeak;
        private bool _pending;
        private long _pendingSpikeIndex;
        private uint _pendingPeak;
        private long _quietUntilIndex;

        /// <summary>What the latest detection was: <see cref="GestureKind.Tap"/> or <see cref="GestureKind.DoubleTap"/>.</summary>
        public GestureKind Kind { get; private set; }

        /// <summary>Confidence of the latest detection: spike height over the threshold.</summary>
        public byte Confidence { get; private set; }

        /// <summary>Spike of the latest detection (the larger of a double tap's two), milli-g.</summary>
        public int PeakMilliG { get; private set; }

        /// <summary>Feeds one sample.</summary>
        /// <param name="frame">The sample, from <see cref="MotionTracker"/>.</param>
        /// <returns>True on the sample that completes a tap or double tap; see <see cref="Kind"/>.</returns>
        public bool Update(MotionFrame frame)
        {
            long index = frame.Index;
            uint dynamic = frame.DynamicMagnitudeSquared;
            bool quiet = dynamic < QuietSquared && frame.MagnitudeSquared > RestLowSquared && frame.MagnitudeSquared < RestHighSquared;
            bool spike = dynamic >= SpikeSquared;
            bool longQuietBefore = _quietRun >= QuietBefore;
            _quietRun = quiet ? _quietRun + 1 : 0;
            if (longQuietBefore && !quiet)
            {
                _lastLongQuietEndIndex = index;
            }

            bool confirmed = false;
            if (_phase == PhaseWaiting)
            {
                if (spike && index - _lastLongQuietEndIndex <= Rise && index >= _quietUntilIndex)
                {
                    _phase = PhaseSpike;
                    _spikeStartIndex = index;
                    _spikePeak = dynamic;
                }
            }
            else if (_phase == PhaseSpike)
            {
                if (spike)
                {
                    _spikePeak = dynamic > _spikePeak ? dynamic : _spikePeak;
                    if (index - _spikeStartIndex >= MaxSpike)
                    {
                        _phase = PhaseWaiting;
                    }
                }
                else
                {
                    _phase = PhaseSettling;
                    _spikeEndIndex = index;
                }
            }
            else
            {
                if (spike || index - _spikeEndIndex > Settle + QuietAfter)
                {
                    _phase = PhaseWaiting;
                }
                else if (_quietRun >= QuietAfter)
                {
                    _phase = PhaseWaiting;
                    confirmed = true;
                }
            }

            return confirmed ? Confirm(index) : ExpirePending(index);
        }

        private bool Confirm(long index)
        {
            if (_pending && _spikeStartIndex - _pendingSpikeIndex <= DoubleWindow)
            {
                _pending = false;
                _quietUntilIndex = index + Refractory;
                return Report(GestureKind.DoubleTap, _spikePeak > _pendingPeak ? _spikePeak : _pendingPeak);
            }

            bool expired = ExpirePending(index);
            _pending = true;
            _pendingSpikeIndex = _spikeStartIndex;
            _pendingPeak = _spikePeak;
            return expired;
        }

        private bool ExpirePending(long index)
        {
            if (!_pending || index - _pendingSpikeIndex <= DoubleWindow)
            {
                return false;
            }

            // A second spike that began inside the window is still being judged: wait for it.
            if (_phase != PhaseWaiting && _spikeStartIndex - _pendingSpikeIndex <= DoubleWindow)
            {
                return false;
            }

            _pending = false;
            return Report(GestureKind.Tap, _pendingPeak);
        }

        private bool Report(GestureKind kind, uint peakSquared)
        {
            int peak = (int)IntegerMath.Sqrt(peakSquared);
            Kind = kind;
            PeakMilliG = peak;
            Confidence = IntegerMath.ToConfidence(128 + ((peak - GestureThresholds.TapSpikeMilliG) / 8));
            return true;
        }
    }
}
