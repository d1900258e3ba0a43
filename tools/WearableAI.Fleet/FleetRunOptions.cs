namespace WearableAI.Fleet;

/// <summary>How a fleet run plays its scene.</summary>
public sealed class FleetRunOptions
{
    /// <summary>The tiny model blob every watch runs.</summary>
    public required byte[] ModelBlob { get; init; }

    /// <summary>Noise seed (each watch adds its index).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Simulated seconds of idle after the scene, to measure idle traffic (0 = skip).</summary>
    public double IdleSeconds { get; init; } = 130;

    /// <summary>How much faster than real time the idle phase runs.</summary>
    public double IdleSpeed { get; init; } = 20;

    /// <summary>Seconds after the last utterance ends before the scene counts as over.</summary>
    public double TailSeconds { get; init; } = 4;

    /// <summary>Longest wait for every watch to connect and show online on the hub, wall seconds.</summary>
    public double ConnectTimeoutSeconds { get; init; } = 60;
}
