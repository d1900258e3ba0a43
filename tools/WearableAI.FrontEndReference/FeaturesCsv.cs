using System.Globalization;

namespace WearableAI.FrontEndReference;

/// <summary>The CSV layout of a golden features file: a header, then energy and MelBands int8 values per frame.</summary>
public static class FeaturesCsv
{
    public static string Format(FrontEndRun run, int bands)
    {
        var lines = new List<string> { "energy," + string.Join(',', Enumerable.Range(0, bands).Select(b => "b" + b)) };
        for (int f = 0; f < run.Features.Count; f++)
        {
            lines.Add(run.Energies[f].ToString(CultureInfo.InvariantCulture) + "," +
                string.Join(',', run.Features[f].Select(v => v.ToString(CultureInfo.InvariantCulture))));
        }

        return string.Join('\n', lines) + "\n";
    }
}
