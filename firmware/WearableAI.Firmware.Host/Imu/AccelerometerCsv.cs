using System.Globalization;
using WearableAI.Firmware.Gestures;

namespace WearableAI.Firmware.Host.Imu;

/// <summary>
/// Accelerometer recordings as CSV: one sample per line, <c>t_ms,x_mg,y_mg,z_mg</c>, integers,
/// time strictly increasing at a steady rate. An optional header line, blank lines and lines
/// starting with <c>#</c> are skipped. Bad input throws <see cref="FormatException"/> naming the line.
/// </summary>
public static class AccelerometerCsv
{
    /// <summary>The header line <see cref="Write"/> emits.</summary>
    public const string Header = "t_ms,x_mg,y_mg,z_mg";

    /// <summary>Reads a recording from a file.</summary>
    /// <param name="path">CSV file.</param>
    /// <returns>The trace; its rate is estimated from the timestamps, its expected gesture is <see cref="GestureKind.None"/>.</returns>
    public static ImuTrace ReadFile(string path)
    {
        using StreamReader reader = File.OpenText(path);
        return Read(reader, Path.GetFileName(path));
    }

    /// <summary>Reads a recording.</summary>
    /// <param name="reader">CSV text.</param>
    /// <param name="name">Name for the trace (used in messages).</param>
    /// <returns>The trace; its rate is estimated from the timestamps.</returns>
    public static ImuTrace Read(TextReader reader, string name)
    {
        List<short> xyz = [];
        long firstMs = 0;
        long lastMs = long.MinValue;
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            string text = line.Trim();
            if (text.Length == 0 || text[0] == '#' || (xyz.Count == 0 && text.StartsWith("t_ms", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            string[] fields = text.Split(',');
            if (fields.Length != 4)
            {
                throw new FormatException($"{name}:{lineNumber}: expected 4 fields t_ms,x_mg,y_mg,z_mg, found {fields.Length}");
            }

            long t = ParseInt(fields[0], name, lineNumber, "t_ms", long.MinValue, long.MaxValue);
            if (t <= lastMs)
            {
                throw new FormatException($"{name}:{lineNumber}: t_ms {t} does not increase (previous {lastMs})");
            }

            if (xyz.Count == 0)
            {
                firstMs = t;
            }

            lastMs = t;
            for (int axis = 1; axis <= 3; axis++)
            {
                xyz.Add((short)ParseInt(fields[axis], name, lineNumber, Header.Split(',')[axis], short.MinValue, short.MaxValue));
            }
        }

        int samples = xyz.Count / 3;
        if (samples < 2)
        {
            throw new FormatException($"{name}: needs at least 2 samples, found {samples}");
        }

        int rate = (int)Math.Round((samples - 1) * 1000.0 / (lastMs - firstMs));
        return new ImuTrace(name, rate, [.. xyz], GestureKind.None);
    }

    /// <summary>Writes a trace as CSV with a header, time starting at 0.</summary>
    /// <param name="writer">Destination.</param>
    /// <param name="trace">The trace.</param>
    public static void Write(TextWriter writer, ImuTrace trace)
    {
        writer.WriteLine(Header);
        for (int i = 0; i < trace.SampleCount; i++)
        {
            long t = (long)i * 1000 / trace.SampleRateHz;
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{t},{trace.Xyz[i * 3]},{trace.Xyz[(i * 3) + 1]},{trace.Xyz[(i * 3) + 2]}"));
        }
    }

    private static long ParseInt(string field, string name, int line, string column, long min, long max)
    {
        if (!long.TryParse(field.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value))
        {
            throw new FormatException($"{name}:{line}: {column} '{field.Trim()}' is not an integer");
        }

        if (value < min || value > max)
        {
            throw new FormatException($"{name}:{line}: {column} {value} is outside [{min}, {max}]");
        }

        return value;
    }
}
