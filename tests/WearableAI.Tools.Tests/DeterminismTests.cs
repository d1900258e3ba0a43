using WearableAI.Synthesis;
using WearableAI.Synthesis.Voices;

namespace WearableAI.Tools.Tests;

public class DeterminismTests
{
    private sealed class NoProgress : ISynthesisProgress
    {
        public void Begin(string stage, int total)
        {
        }

        public void Advance(string stage)
        {
        }
    }

    private static (string Root, DatasetManifest Manifest) MakeTiny(int seed)
    {
        string root = Path.Combine(WaiProcess.NewFolder(), "data");
        var settings = new SynthesisSettings { OutputFolder = root, PerLabel = 2, BackgroundMinutes = 0.3, SpeechHours = 0.005, HeldOutSpeechHours = 0.003, Recordings = false, Seed = seed };
        using var engines = new SpeechEngines();
        return (root, DatasetSynthesizer.Run(settings, engines, new NoProgress()));
    }

    private static SortedDictionary<string, byte[]> Files(string root) => new(
        Directory.GetFiles(root, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllBytes),
        StringComparer.Ordinal);

    [Fact]
    public void The_same_seed_gives_a_byte_identical_dataset_and_another_seed_a_different_one()
    {
        (string first, DatasetManifest a) = MakeTiny(42);
        (string second, DatasetManifest b) = MakeTiny(42);
        (string third, DatasetManifest c) = MakeTiny(43);
        try
        {
            SortedDictionary<string, byte[]> one = Files(first);
            SortedDictionary<string, byte[]> two = Files(second);
            Assert.Equal(one.Keys, two.Keys);
            foreach (string path in one.Keys) Assert.True(one[path].AsSpan().SequenceEqual(two[path]), $"{path} differs between runs");
            Assert.Equal(a.DataHash, b.DataHash);
            Assert.NotEqual(a.DataHash, c.DataHash);
        }
        finally
        {
            foreach (string root in new[] { first, second, third }) Directory.Delete(Path.GetDirectoryName(root)!, recursive: true);
        }
    }
}
