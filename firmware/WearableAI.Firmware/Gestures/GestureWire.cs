namespace WearableAI.Firmware.Gestures
{
    /// <summary>Maps the detector's gesture kinds to the wire's (shared protocol).</summary>
    public static class GestureWire
    {
        /// <summary>The wire kind for <paramref name="kind"/>.</summary>
        /// <param name="kind">A detected gesture.</param>
        /// <returns>The protocol's gesture kind.</returns>
        public static Shared.Protocol.GestureKind ToWire(GestureKind kind)
        {
            switch (kind)
            {
                case GestureKind.Shake: return Shared.Protocol.GestureKind.Shake;
                case GestureKind.Tap: return Shared.Protocol.GestureKind.Tap;
                case GestureKind.DoubleTap: return Shared.Protocol.GestureKind.DoubleTap;
                case GestureKind.FallCandidate: return Shared.Protocol.GestureKind.Fall;
                default: return Shared.Protocol.GestureKind.Raise;
            }
        }
    }
}
