namespace WearableAI.Firmware.Gestures
{
    /// <summary>
    /// Wrist raise: the gravity estimate moves from "screen sideways or down" (arm hanging, or
    /// horizontal on its side) to "screen facing up", and the arm then holds steady for
    /// <see cref="GestureThresholds.RaiseHoldMs"/>. A watch that merely lies face up never fires:
    /// the away pose must have been seen shortly before. After firing, the detector re-arms
    /// only once the screen has turned away again.
    /// </summary>
    public sealed class WristRaiseDetector
    {
        private const int HoldSamples = (GestureThresholds.RaiseHoldMs + GestureThresholds.SampleMs - 1) / GestureThresholds.SampleMs;
        private const int TransitionSamples = GestureThresholds.RaiseTransitionMs / GestureThresholds.SampleMs;
        private const uint SteadySquared = (uint)(GestureThresholds.RaiseSteadyMilliG) * (uint)(GestureThresholds.RaiseSteadyMilliG);
        private long _lastAwayIndex = long.MinValue / 2;
        private long _holdStartIndex;
        private int _holdSamples;
        private bool _armed;

        /// <summary>Confidence of the latest detection: how squarely the screen faces up.</summary>
        public byte Confidence { get; private set; }

        /// <summary>Gravity out of the screen at the latest detection, milli-g.</summary>
        public int PeakMilliG { get; private set; }

        /// <summary>
        /// Forgets the away pose: no raise until the screen has turned away again. Used while a
        /// fall is tracked, so that coming to rest face up after a fall is not a raise.
        /// </summary>
        public void Disarm()
        {
            _armed = false;
            _holdSamples = 0;
        }

        /// <summary>Feeds one sample.</summary>
        /// <param name="frame">The sample, from <see cref="MotionTracker"/>.</param>
        /// <returns>True on the sample that completes a raise.</returns>
        public bool Update(MotionFrame frame)
        {
            int gz = frame.GravityZ;
            if (gz <= GestureThresholds.RaiseAwayMilliG)
            {
                _lastAwayIndex = frame.Index;
                _armed = true;
                _holdSamples = 0;
                return false;
            }

            bool faceUp = gz >= GestureThresholds.RaiseFaceUpMilliG
                && frame.DynamicMagnitudeSquared < SteadySquared;
            if (!faceUp)
            {
                _holdSamples = 0;
                return false;
            }

            if (_holdSamples == 0)
            {
                _holdStartIndex = frame.Index;
            }

            _holdSamples++;
            if (!_armed || _holdSamples < HoldSamples || _holdStartIndex - _lastAwayIndex > TransitionSamples)
            {
                return false;
            }

            _armed = false;
            _holdSamples = 0;
            PeakMilliG = gz;
            Confidence = IntegerMath.ToConfidence((gz - 500) * 255 / 500);
            return true;
        }
    }
}
