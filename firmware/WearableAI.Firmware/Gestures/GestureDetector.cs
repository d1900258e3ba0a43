namespace WearableAI.Firmware.Gestures
{
    /// <summary>
    /// The gesture pipeline for a 50 Hz, 3-axis accelerometer in milli-g: one
    /// <see cref="MotionTracker"/> feeding the wrist-raise, shake, tap and fall rules, with the
    /// events they produce queued for the caller. Allocates only in its constructor.
    /// </summary>
    /// <remarks>
    /// Feed samples with <see cref="Process(short[], int, int)"/> (or one at a time), then take
    /// events with <see cref="TryTakeEvent"/>. At most <see cref="EventCapacity"/> events wait;
    /// beyond that the oldest is dropped and counted in <see cref="DroppedEvents"/>.
    /// Cost: about 100 integer operations per sample (squared magnitudes, no square root until
    /// an event is reported), i.e. about 5,000 per second at 50 Hz.
    /// </remarks>
    public sealed class GestureDetector
    {
        /// <summary>Events that can wait to be taken.</summary>
        public const int EventCapacity = 8;

        private readonly MotionTracker _tracker = new MotionTracker();
        private readonly WristRaiseDetector _raise = new WristRaiseDetector();
        private readonly ShakeDetector _shake = new ShakeDetector();
        private readonly TapDetector _tap = new TapDetector();
        private readonly FallDetector _fall = new FallDetector();
        private readonly GestureEvent[] _events = new GestureEvent[EventCapacity];
        private int _head;
        private int _count;
        private int _dropped;

        /// <summary>Events waiting to be taken.</summary>
        public int PendingEvents
        {
            get { return _count; }
        }

        /// <summary>Events dropped because nobody took them in time.</summary>
        public int DroppedEvents
        {
            get { return _dropped; }
        }

        /// <summary>The latest sample and its derived quantities (for logging and tests).</summary>
        public MotionFrame Motion
        {
            get { return _tracker.Frame; }
        }

        /// <summary>Feeds a block of samples stored as x, y, z triples.</summary>
        /// <param name="xyz">Samples in milli-g, as <c>IAccelerometer.Read</c> delivers them.</param>
        /// <param name="offset">Index of the first sample's x.</param>
        /// <param name="samples">Number of samples (triples).</param>
        /// <returns>Events waiting after the block.</returns>
        public int Process(short[] xyz, int offset, int samples)
        {
            int end = offset + (samples * 3);
            for (int i = offset; i < end; i += 3)
            {
                Process(xyz[i], xyz[i + 1], xyz[i + 2]);
            }

            return _count;
        }

        /// <summary>Feeds one sample.</summary>
        /// <param name="x">Milli-g along the forearm.</param>
        /// <param name="y">Milli-g across the wrist.</param>
        /// <param name="z">Milli-g out of the screen.</param>
        /// <returns>Events waiting after the sample.</returns>
        public int Process(short x, short y, short z)
        {
            MotionFrame frame = _tracker.Update(x, y, z);
            if (_fall.Update(frame))
            {
                Add(GestureKind.FallCandidate, _fall.Confidence, _fall.PeakMilliG, frame.TimeMs);
            }

            // Every rule sees every sample (to keep its own state current), but while a fall is
            // being tracked the others stay silent: a fall ending face up is not a wrist raise.
            bool quiet = _fall.IsTracking;
            if (_raise.Update(frame) && !quiet)
            {
                Add(GestureKind.WristRaise, _raise.Confidence, _raise.PeakMilliG, frame.TimeMs);
            }

            if (quiet)
            {
                _raise.Disarm();
            }

            if (_shake.Update(frame) && !quiet)
            {
                Add(GestureKind.Shake, _shake.Confidence, _shake.PeakMilliG, frame.TimeMs);
            }

            if (_tap.Update(frame) && !quiet)
            {
                Add(_tap.Kind, _tap.Confidence, _tap.PeakMilliG, frame.TimeMs);
            }

            return _count;
        }

        /// <summary>Takes the oldest waiting event.</summary>
        /// <param name="gesture">The event, or the default (kind <see cref="GestureKind.None"/>) when none waits.</param>
        /// <returns>True when an event was taken.</returns>
        public bool TryTakeEvent(out GestureEvent gesture)
        {
            if (_count == 0)
            {
                gesture = default(GestureEvent);
                return false;
            }

            gesture = _events[_head];
            _head = (_head + 1) % EventCapacity;
            _count--;
            return true;
        }

        private void Add(GestureKind kind, byte confidence, int peakMilliG, long timeMs)
        {
            if (_count == EventCapacity)
            {
                _head = (_head + 1) % EventCapacity;
                _count--;
                _dropped++;
            }

            _events[(_head + _count) % EventCapacity] = new GestureEvent(kind, confidence, peakMilliG, timeMs);
            _count++;
        }
    }
}
