namespace WearableAI.Training.Tiny;

/// <summary>
/// Feature windows for the parity check: random ones and structured ones that hit the edges of
/// the int8 range (all −128, all 127, a checkerboard of both, ramps), where clamps and zero-point
/// folding go wrong first.
/// </summary>
public static class GoldenInputs
{
    /// <summary>Creates the windows, frame-major, <c>frames · bands</c> values each.</summary>
    /// <param name="bands">Features per frame.</param>
    /// <param name="frames">Frames per window.</param>
    /// <param name="randomWindows">Number of uniformly random windows.</param>
    /// <param name="seed">Seed of the random windows.</param>
    /// <returns>Structured windows first, then random ones.</returns>
    public static IReadOnlyList<sbyte[]> Create(int bands, int frames, int randomWindows, int seed)
    {
        var random = new Random(seed);
        var windows = new List<sbyte[]>
        {
            Fill(bands, frames, (_, _) => -128),
            Fill(bands, frames, (_, _) => 127),
            Fill(bands, frames, (b, f) => ((b + f) & 1) == 0 ? 127 : -128),
            Fill(bands, frames, (b, f) => ((((b * 8) + (f * 5)) % 256) + 256) % 256 - 128),
            Fill(bands, frames, (b, f) => f >= frames / 2 && b is >= 4 and < 12 ? 100 : -60),
        };
        for (int i = 0; i < randomWindows; i++)
        {
            windows.Add(Fill(bands, frames, (_, _) => random.Next(-128, 128)));
        }

        return windows;
    }

    private static sbyte[] Fill(int bands, int frames, Func<int, int, int> value)
    {
        var window = new sbyte[bands * frames];
        for (int f = 0; f < frames; f++)
        {
            for (int b = 0; b < bands; b++)
            {
                window[(f * bands) + b] = (sbyte)value(b, f);
            }
        }

        return window;
    }
}
