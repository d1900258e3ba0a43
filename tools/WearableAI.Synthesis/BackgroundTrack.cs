namespace WearableAI.Synthesis;

/// <summary>One long recording in <c>_background_noise_</c>.</summary>
/// <param name="Name">File name without extension, e.g. <c>pink_noise</c>.</param>
/// <param name="Noise">The noise kind, or null for speech tracks.</param>
/// <param name="Talkers">For speech tracks: 1 for continuous speech, more for babble.</param>
/// <param name="Share">Its share of the total background duration.</param>
public sealed record BackgroundTrack(string Name, NoiseKind? Noise, int Talkers, int Share)
{
    /// <summary>The tracks written: five noise kinds, babble (2 shares) and continuous speech (3 shares).</summary>
    public static readonly IReadOnlyList<BackgroundTrack> All =
    [
        new("white_noise", NoiseKind.White, 0, 1),
        new("pink_noise", NoiseKind.Pink, 0, 1),
        new("brown_noise", NoiseKind.Brown, 0, 1),
        new("hum", NoiseKind.Hum, 0, 1),
        new("clatter", NoiseKind.Clatter, 0, 1),
        new("babble", null, 6, 2),
        new("speech", null, 1, 3),
    ];

    /// <summary>Sum of all shares.</summary>
    public static int TotalShares => All.Sum(t => t.Share);
}
