namespace WearableAI.Firmware.Gestures
{
    /// <summary>The wrist gestures the watch recognises.</summary>
    public enum GestureKind
    {
        /// <summary>No gesture (the default of an empty <see cref="GestureEvent"/>).</summary>
        None = 0,

        /// <summary>The arm came up from hanging or horizontal to the screen facing up, and stayed there.</summary>
        WristRaise = 1,

        /// <summary>Three or more fast back-and-forth swings within a second.</summary>
        Shake = 2,

        /// <summary>One short, sharp knock on the watch with quiet before and after.</summary>
        Tap = 3,

        /// <summary>Two taps in quick succession (reported instead of two <see cref="Tap"/>s).</summary>
        DoubleTap = 4,

        /// <summary>Free fall, then a hard impact, then stillness: a possible fall of the wearer.</summary>
        FallCandidate = 5,
    }
}
