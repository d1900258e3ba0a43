namespace WearableAI.Firmware.Host.Imu;

/// <summary>What a synthetic accelerometer trace shows.</summary>
public enum ImuScenario
{
    /// <summary>Arm hanging or on its side, then raised to look at the screen and held.</summary>
    WristRaise,

    /// <summary>A burst of fast side-to-side swings.</summary>
    Shake,

    /// <summary>One knock on the watch while the arm rests.</summary>
    Tap,

    /// <summary>Two knocks in quick succession.</summary>
    DoubleTap,

    /// <summary>Standing, free fall, hard impact, lying still.</summary>
    Fall,

    /// <summary>Walking with a swinging arm (must produce no gesture).</summary>
    Walking,

    /// <summary>The watch on a table or a resting arm (must produce no gesture).</summary>
    Still,
}
