namespace WearableAI.Firmware.Gestures
{
    /// <summary>One recognised gesture. A value type: emitting one allocates nothing.</summary>
    public struct GestureEvent
    {
        /// <summary>Creates an event.</summary>
        /// <param name="kind">What was recognised.</param>
        /// <param name="confidence">0 (barely) to 255 (textbook).</param>
        /// <param name="peakMilliG">The gesture's characteristic peak, in milli-g (see <see cref="PeakMilliG"/>).</param>
        /// <param name="timeMs">When it was recognised, in ms of accelerometer time since the detector started.</param>
        public GestureEvent(GestureKind kind, byte confidence, int peakMilliG, long timeMs)
        {
            Kind = kind;
            Confidence = confidence;
            PeakMilliG = peakMilliG;
            TimeMs = timeMs;
        }

        /// <summary>What was recognised.</summary>
        public GestureKind Kind { get; }

        /// <summary>How clearly the gesture matched its template: 0 (barely) to 255 (textbook).</summary>
        public byte Confidence { get; }

        /// <summary>
        /// The gesture's characteristic peak in milli-g: the gravity component out of the screen for
        /// a raise, the largest swing for a shake, the spike for a tap, the impact for a fall.
        /// </summary>
        public int PeakMilliG { get; }

        /// <summary>When the gesture was recognised (its end), in ms of accelerometer time since the detector started.</summary>
        public long TimeMs { get; }
    }
}
