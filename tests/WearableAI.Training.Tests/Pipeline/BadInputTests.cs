using WearableAI.Shared.Audio;
using WearableAI.Training.Data;

namespace WearableAI.Training.Tests.Pipeline;

public sealed class BadInputTests : IDisposable
{
    private readonly ToneDataset _data = ToneDataset.Create(clipsPerVoice: 1);

    public void Dispose() => _data.Dispose();

    [Fact]
    public void A_missing_dataset_folder_is_named_in_one_line()
    {
        string missing = Path.Combine(_data.Root, "nope");

        var e = Assert.Throws<DatasetException>(() => DatasetFolder.Scan(missing, null));

        Assert.Equal($"dataset folder {missing} does not exist", e.Message);
    }

    [Fact]
    public void An_empty_label_folder_is_refused_by_name()
    {
        Directory.CreateDirectory(_data.PathOf("empty_word"));

        var e = Assert.Throws<DatasetException>(() => DatasetFolder.Scan(_data.Root, null));

        Assert.Contains("empty_word", e.Message, StringComparison.Ordinal);
        Assert.Contains("holds no .wav clips", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_WAV_at_another_sample_rate_is_refused_with_the_rate_and_file()
    {
        _data.WriteWav("yes/v0_nohash_8k.wav", new short[8000], 8000);

        var e = Assert.Throws<DatasetException>(() => BuildFeatures());

        Assert.Contains("v0_nohash_8k.wav: sample rate 8000 Hz, but the front end needs 16000 Hz", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void A_stereo_WAV_is_refused_with_the_reason_PcmWav_gives()
    {
        byte[] wav = PcmWav.Write(new short[3200], 0, 3200, 16000);
        wav[22] = 2; // channels
        File.WriteAllBytes(_data.PathOf("no/v0_nohash_stereo.wav"), wav);

        var e = Assert.Throws<DatasetException>(() => BuildFeatures());

        Assert.Contains("v0_nohash_stereo.wav: unsupported WAV channel count 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wake_phrase_the_data_was_not_synthesised_with_is_refused_naming_the_manifest_phrase()
    {
        var e = Assert.Throws<DatasetException>(() => DatasetFolder.Scan(_data.Root, "hey jarvis"));

        Assert.Contains("no hey_jarvis/ folder", e.Message, StringComparison.Ordinal);
        Assert.Contains("synthesised for \"hey nano\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("wai data synth --wake \"hey jarvis\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_feature_cache_is_reported_not_used()
    {
        string cache = Path.Combine(_data.Root, FeatureCache.FolderName);
        FeatureBuilder.Build(DatasetFolder.Scan(_data.Root, null), new FrontEndSettings(), cache, SilentProgress.Instance, out _);
        string file = Directory.GetFiles(cache, "*.bin").Single();
        byte[] bytes = File.ReadAllBytes(file);
        bytes[bytes.Length / 2] ^= 0x40;
        File.WriteAllBytes(file, bytes);

        var e = Assert.Throws<DatasetException>(() => FeatureBuilder.Build(DatasetFolder.Scan(_data.Root, null), new FrontEndSettings(), cache, SilentProgress.Instance, out _));

        Assert.Equal($"feature cache {file} is corrupt (checksum mismatch); delete it and run again", e.Message);
    }

    [Fact]
    public void A_truncated_feature_cache_is_reported_not_used()
    {
        string cache = Path.Combine(_data.Root, FeatureCache.FolderName);
        FeatureBuilder.Build(DatasetFolder.Scan(_data.Root, null), new FrontEndSettings(), cache, SilentProgress.Instance, out _);
        string file = Directory.GetFiles(cache, "*.bin").Single();
        File.WriteAllBytes(file, File.ReadAllBytes(file)[..20]);

        var e = Assert.Throws<DatasetException>(() => FeatureBuilder.Build(DatasetFolder.Scan(_data.Root, null), new FrontEndSettings(), cache, SilentProgress.Instance, out _));

        Assert.Contains("is corrupt", e.Message, StringComparison.Ordinal);
    }

    private FeatureSet BuildFeatures() =>
        FeatureBuilder.Build(DatasetFolder.Scan(_data.Root, null), new FrontEndSettings(), null, SilentProgress.Instance, out _);
}
