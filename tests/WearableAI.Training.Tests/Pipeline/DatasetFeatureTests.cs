using WearableAI.Shared.Audio;
using WearableAI.Training.Data;

namespace WearableAI.Training.Tests.Pipeline;

public sealed class DatasetFeatureTests : IDisposable
{
    private readonly ToneDataset _data = ToneDataset.Create(clipsPerVoice: 1);

    public void Dispose() => _data.Dispose();

    [Fact]
    public void A_clip_as_long_as_the_wake_window_gets_exactly_the_features_LogMelFrontEnd_computes_for_its_WAV()
    {
        var settings = new FrontEndSettings();
        int samples = FeatureWindows.StoredFrames * settings.InputSamplesPerHop;
        var random = new Random(3);
        short[] clip = Enumerable.Range(0, samples).Select(i => (short)(4000 * Math.Sin(i * 0.07) + random.Next(-300, 300))).ToArray();
        _data.WriteWav("yes/v0_nohash_exact.wav", clip, ToneDataset.Rate);

        FeatureSet set = Build(settings, cache: null);

        int index = Array.IndexOf(set.Train.Paths, "yes/v0_nohash_exact.wav");
        Assert.True(index >= 0);
        sbyte[] expected = RunFrontEnd(settings, PcmWav.TryParse(File.ReadAllBytes(_data.PathOf("yes/v0_nohash_exact.wav")), out short[] read, out _) == null ? read : []);
        Assert.Equal(FeatureWindows.StoredFrames * settings.MelBands, expected.Length);
        Assert.Equal(expected, set.Train.Window(index).ToArray());
    }

    [Fact]
    public void Every_stored_window_is_the_front_end_run_over_the_clip_placed_in_the_window()
    {
        var settings = new FrontEndSettings();
        FeatureSet set = Build(settings, cache: null);

        foreach (int index in new[] { 0, set.Validation.Count / 2, set.Validation.Count - 1 })
        {
            short[] clip = WavReader.Read(_data.PathOf(set.Validation.Paths[index]), settings.SampleRate);
            sbyte[] expected = RunFrontEnd(settings, FeatureWindows.Place(clip, FeatureWindows.StoredFrames, settings.InputSamplesPerHop));
            Assert.Equal(expected, set.Validation.Window(index).ToArray());
        }

        BackgroundStream noise = set.Background.Single(b => b.Path.EndsWith("white_noise.wav", StringComparison.Ordinal));
        Assert.Equal(RunFrontEnd(settings, WavReader.Read(_data.PathOf(noise.Path), settings.SampleRate)), noise.Features);
    }

    [Fact]
    public void The_split_lists_are_honoured_so_no_test_or_validation_voice_is_in_training()
    {
        DatasetFolder dataset = DatasetFolder.Scan(_data.Root, null);
        FeatureSet set = Build(new FrontEndSettings(), cache: null);

        static string Voice(string path) => Path.GetFileName(path).Split('_')[0];
        Assert.All(set.Test.Paths, p => Assert.Equal("v5", Voice(p)));
        Assert.All(set.Validation.Paths, p => Assert.Equal("v4", Voice(p)));
        Assert.DoesNotContain(set.Train.Paths, p => Voice(p) is "v4" or "v5");
        Assert.Equal(dataset.Clips.Count, set.Train.Count + set.Validation.Count + set.Test.Count);
    }

    [Fact]
    public void Folders_map_to_classes_with_confusables_as_unknown_and_silence_as_silence()
    {
        DatasetFolder dataset = DatasetFolder.Scan(_data.Root, null);
        Vocabulary vocabulary = dataset.Vocabulary;

        Assert.Equal(13, vocabulary.Count);
        Assert.Equal(["hey_nano", "yes", "no", "up", "down", "left", "right", "on", "off", "stop", "go", "unknown", "silence"], vocabulary.Labels);
        Assert.All(dataset.Clips.Where(c => c.Folder == "_confusable_"), c => Assert.Equal(vocabulary.UnknownIndex, c.Label));
        Assert.All(dataset.Clips.Where(c => c.Folder == "_silence_"), c => Assert.Equal(vocabulary.SilenceIndex, c.Label));
        Assert.All(dataset.Clips.Where(c => c.Folder == "stop"), c => Assert.Equal("stop", vocabulary.Labels[c.Label]));
    }

    [Fact]
    public void A_second_build_loads_the_same_features_from_the_cache()
    {
        string cache = Path.Combine(_data.Root, FeatureCache.FolderName);
        FeatureSet first = Build(new FrontEndSettings(), cache);

        DatasetFolder dataset = DatasetFolder.Scan(_data.Root, null);
        FeatureSet second = FeatureBuilder.Build(dataset, new FrontEndSettings(), cache, SilentProgress.Instance, out bool fromCache);

        Assert.True(fromCache);
        Assert.Equal(first.DataHash, second.DataHash);
        Assert.Equal(first.Train.Windows, second.Train.Windows);
        Assert.Equal(first.Test.Labels, second.Test.Labels);
        Assert.Equal(first.Background[0].Features, second.Background[0].Features);
    }

    [Fact]
    public void Other_front_end_settings_do_not_reuse_the_cache()
    {
        string cache = Path.Combine(_data.Root, FeatureCache.FolderName);
        Build(new FrontEndSettings(), cache);
        var louder = new FrontEndSettings { LogOffset = 80 };

        FeatureBuilder.Build(DatasetFolder.Scan(_data.Root, null), louder, cache, SilentProgress.Instance, out bool fromCache);

        Assert.False(fromCache);
        Assert.Equal(2, Directory.GetFiles(cache, "*.bin").Length);
    }

    private FeatureSet Build(FrontEndSettings settings, string? cache) =>
        FeatureBuilder.Build(DatasetFolder.Scan(_data.Root, null), settings, cache, SilentProgress.Instance, out _);

    private static sbyte[] RunFrontEnd(FrontEndSettings settings, short[] pcm)
    {
        var frontEnd = new LogMelFrontEnd(settings);
        var features = new List<sbyte>();
        var frame = new sbyte[settings.MelBands];
        int position = 0;
        while (position < pcm.Length)
        {
            position += frontEnd.Process(pcm, position, pcm.Length - position, frame, 0, null);
            if (frontEnd.FrameReady) features.AddRange(frame);
        }

        return [.. features];
    }
}
