namespace WearableAI.Firmware.Gestures
{
    /// <summary>
    /// Shake: at least <see cref="GestureThresholds.ShakeMinSwings"/> swings of alternating sign on
    /// one axis within <see cref="GestureThresholds.ShakeWindowMs"/>, each swing a gravity-removed
    /// acceleration beyond ±<see cref="GestureThresholds.ShakeSwingMilliG"/>, consecutive swings
    /// 60–400 ms apart (a 1.25–8 Hz oscillation). The rebound of a single knock is too quick to
    /// count, the swing of a walking arm too slow and too weak.
    /// </summary>
    public sealed class ShakeDetector
    {
        private const int MinGap = GestureThresholds.ShakeMinGapMs / GestureThresholds.SampleMs;
        private const int MaxGap = GestureThresholds.ShakeMaxGapMs / GestureThresholds.SampleMs;
        private const int Window = GestureThresholds.ShakeWindowMs / GestureThresholds.SampleMs;
        private const int Refractory = GestureThresholds.ShakeRefractoryMs / GestureThresholds.SampleMs;

        // Per axis (x, y, z): sign of the last counted swing, when it was, chain length and start, peak.
        private readonly int[] _lastSign = new int[3];
        private readonly long[] _lastSwingIndex = new long[3];
        private readonly long[] _recentSwings = new long[3 * GestureThresholds.ShakeMinSwings];
        private readonly int[] _chainLength = new int[3];
        private readonly int[] _chainPeak = new int[3];
        private long _quietUntilIndex;

        /// <summary>Confidence of the latest detection: swings counted and their strength.</summary>
        public byte Confidence { get; private set; }

        /// <summary>Largest swing of the latest detection, milli-g.</summary>
        public int PeakMilliG { get; private set; }

        /// <summary>Feeds one sample.</summary>
        /// <param name="frame">The sample, from <see cref="MotionTracker"/>.</param>
        /// <returns>True on the sample that completes a shake.</returns>
        public bool Update(MotionFrame frame)
        {
            bool shake = Axis(0, frame.DynamicX, frame.Index)
                | Axis(1, frame.DynamicY, frame.Index)
                | Axis(2, frame.DynamicZ, frame.Index);
            if (!shake)
            {
                return false;
            }

            _quietUntilIndex = frame.Index + Refractory;
            for (int axis = 0; axis < 3; axis++)
            {
                _chainLength[axis] = 0;
                _lastSign[axis] = 0;
            }

            return true;
        }

        private bool Axis(int axis, int value, long index)
        {
            int sign = value >= GestureThresholds.ShakeSwingMilliG ? 1 : (value <= -GestureThresholds.ShakeSwingMilliG ? -1 : 0);
            if (sign == 0 || sign == _lastSign[axis])
            {
                if (sign != 0 && IntegerMath.Abs(value) > _chainPeak[axis])
                {
                    _chainPeak[axis] = IntegerMath.Abs(value);
                }

                return false;
            }

            long gap = index - _lastSwingIndex[axis];
            if (_chainLength[axis] > 0 && gap < MinGap)
            {
                return false;
            }

            if (_chainLength[axis] == 0 || gap > MaxGap)
            {
                _chainLength[axis] = 0;
                _chainPeak[axis] = 0;
            }

            // The last ShakeMinSwings swing times of this axis, as a tiny ring.
            int slot = (axis * GestureThresholds.ShakeMinSwings) + (_chainLength[axis] % GestureThresholds.ShakeMinSwings);
            _recentSwings[slot] = index;
            _lastSign[axis] = sign;
            _lastSwingIndex[axis] = index;
            _chainLength[axis]++;
            long oldest = _recentSwings[(axis * GestureThresholds.ShakeMinSwings) + (_chainLength[axis] % GestureThresholds.ShakeMinSwings)];
            if (IntegerMath.Abs(value) > _chainPeak[axis])
            {
                _chainPeak[axis] = IntegerMath.Abs(value);
            }

            if (_chainLength[axis] < GestureThresholds.ShakeMinSwings
                || index - oldest > Window
                || index < _quietUntilIndex)
            {
                return false;
            }

            PeakMilliG = _chainPeak[axis];
            Confidence = IntegerMath.ToConfidence((_chainLength[axis] * 48) + ((_chainPeak[axis] - GestureThresholds.ShakeSwingMilliG) / 10));
            return true;
        }
    }
}
