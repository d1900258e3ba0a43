using System.Globalization;

namespace WearableAI.Synthesis.Recordings;

/// <summary>
/// A rakarrack <c>.rvb</c> reflection pattern: a text file whose first line names the sample it
/// came from, the second holds two numbers, the third the count of reflections, then one
/// <c>time,amplitude</c> line per reflection (seconds, linear). Rendered as an impulse response:
/// a unit direct path plus each reflection at its time.
/// </summary>
public sealed class ReflectionPattern
{
    private ReflectionPattern(IReadOnlyList<(double Time, double Amplitude)> reflections)
    {
        Reflections = reflections;
    }

    /// <summary>The reflections, in file order.</summary>
    public IReadOnlyList<(double Time, double Amplitude)> Reflections { get; }

    /// <summary>Parses the text of a .rvb file.</summary>
    public static ReflectionPattern Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reflections = new List<(double, double)>();
        string[] lines = text.Split('\n');
        for (int i = 3; i < lines.Length; i++)
        {
            string[] parts = lines[i].Trim().Split(',');
            if (parts.Length != 2) continue;
            if (double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double t)
                && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double a)
                && t >= 0 && t < 10)
            {
                reflections.Add((t, a));
            }
        }

        if (reflections.Count == 0) throw new InvalidDataException("no reflections in the .rvb text");
        return new ReflectionPattern(reflections);
    }

    /// <summary>The impulse response at <paramref name="sampleRate"/> Hz.</summary>
    public float[] ImpulseResponse(int sampleRate)
    {
        int length = (int)(Reflections.Max(r => r.Time) * sampleRate) + 2;
        var ir = new float[length];
        ir[0] = 1f;
        foreach ((double time, double amplitude) in Reflections) ir[(int)Math.Round(time * sampleRate)] += (float)amplitude;
        return ir;
    }
}
