using System.Globalization;
using WearableAI.Shared.Audio;
using WearableAI.FrontEndReference;

namespace WearableAI.Shared.Tests.Audio;

/// <summary>The committed golden vectors (tests/golden/frontend, made by `wai golden`) are reproduced bit-exactly.</summary>
public class GoldenVectorTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "golden", "frontend");

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (string wav in Directory.GetFiles(Folder, "*.wav").Order(StringComparer.Ordinal)) data.Add(Path.GetFileNameWithoutExtension(wav));
        return data;
    }

    [Fact]
    public void The_golden_set_is_present()
    {
        Assert.True(Names().Count >= 4, "expected golden WAVs in " + Folder);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Features_and_energies_match_the_golden_file_exactly(string name)
    {
        string? error = PcmWav.TryParse(File.ReadAllBytes(Path.Combine(Folder, name + ".wav")), out short[] pcm, out int rate);
        Assert.Null(error);
        Assert.Equal(16000, rate);
        string[] expected = File.ReadAllLines(Path.Combine(Folder, name + ".features.csv"));

        var settings = new FrontEndSettings();
        FrontEndRun run = FrontEndRun.Of(settings, pcm);

        Assert.Equal(expected.Length - 1, run.Features.Count);
        for (int f = 0; f < run.Features.Count; f++)
        {
            int[] row = expected[f + 1].Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(row[0], run.Energies[f]);
            Assert.Equal(row.Skip(1).ToArray(), run.Features[f].Select(v => (int)v).ToArray());
        }
    }

    [Fact]
    public void Regenerating_the_golden_csv_gives_the_committed_text()
    {
        foreach ((string name, short[] pcm) in SyntheticSpeech.GoldenSet())
        {
            string committed = File.ReadAllText(Path.Combine(Folder, name + ".features.csv"));
            var settings = new FrontEndSettings();
            Assert.Equal(committed, FeaturesCsv.Format(FrontEndRun.Of(settings, pcm), settings.MelBands));
        }
    }
}
