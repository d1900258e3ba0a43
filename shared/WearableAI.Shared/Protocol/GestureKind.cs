namespace WearableAI.Shared.Protocol
{
    /// <summary>The wrist gestures the watch reports in a Gesture frame.</summary>
    public enum GestureKind : byte
    {
        /// <summary>Wrist raised towards the face (also gates raise-to-speak).</summary>
        Raise = 1,

        /// <summary>Wrist lowered.</summary>
        Lower = 2,

        /// <summary>Wrist shaken.</summary>
        Shake = 3,

        /// <summary>A single tap on the watch.</summary>
        Tap = 4,

        /// <summary>Two taps in quick succession.</summary>
        DoubleTap = 5,

        /// <summary>A free fall followed by an impact.</summary>
        Fall = 6,
    }
}
