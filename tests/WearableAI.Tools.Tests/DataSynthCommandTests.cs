using System.Text.Json;
using WearableAI.Synthesis;

namespace WearableAI.Tools.Tests;

public class DataSynthCommandTests : IClassFixture<SmallDatasetFixture>
{
    private static readonly string[] Commands = ["yes", "no", "up", "down", "left", "right", "on", "off", "stop", "go"];
    private readonly SmallDatasetFixture _data;

    public DataSynthCommandTests(SmallDatasetFixture data)
    {
        _data = data;
    }

    [Fact]
    public void A_small_run_succeeds_and_ends_with_a_summary_saying_where_it_wrote()
    {
        Assert.True(_data.Run.ExitCode == 0, _data.Run.Output + _data.Run.Errors);
        Assert.Contains("hey_nano", _data.Run.Output, StringComparison.Ordinal);
        Assert.Contains("wrote", _data.Run.Output, StringComparison.Ordinal);
        Assert.Contains("speech clips: 168/168 (100 %)", _data.Run.Output, StringComparison.Ordinal); // plain lines when redirected
    }

    [Fact]
    public void The_dataset_has_the_speech_commands_layout_with_wake_commands_negatives_running_speech_silence_and_background()
    {
        string[] folders = Directory.GetDirectories(_data.Root).Select(Path.GetFileName).ToArray()!;
        Assert.Equivalent(Commands.Concat(["hey_nano", "_confusable_", "_unknown_", "_speech_", "_silence_", "_background_noise_"]), folders, strict: true);
        Assert.True(File.Exists(Path.Combine(_data.Root, "validation_list.txt")));
        Assert.True(File.Exists(Path.Combine(_data.Root, "testing_list.txt")));
        Assert.True(File.Exists(Path.Combine(_data.Root, "manifest.json")));
        foreach (string label in Commands.Append("hey_nano"))
        {
            Assert.Equal(8 + 2 + 2, Directory.GetFiles(Path.Combine(_data.Root, label), "*.wav").Length);
        }
    }

    [Fact]
    public void Every_clip_is_16_kHz_mono_16_bit_of_its_label_length_and_not_silent_when_speech()
    {
        foreach (string file in Directory.GetFiles(_data.Root, "*.wav", SearchOption.AllDirectories))
        {
            short[] samples = DatasetSynthesizer.ReadWav(file, out int rate); // refuses anything but 16-bit PCM mono
            Assert.Equal(16000, rate);
            string label = Path.GetFileName(Path.GetDirectoryName(file))!;
            if (label == "_background_noise_") continue;
            int expected = label is "hey_nano" or "_confusable_" or "_speech_" ? 24000 : 16000;
            Assert.Equal(expected, samples.Length);
            if (label != "_silence_") Assert.True(samples.Max(s => Math.Abs((int)s)) > 300, $"{file} is nearly silent");
        }
    }

    [Fact]
    public void Background_recordings_cover_the_requested_minutes_with_noise_babble_and_speech()
    {
        string folder = Path.Combine(_data.Root, "_background_noise_");
        string[] names = Directory.GetFiles(folder).Select(Path.GetFileNameWithoutExtension).Order().ToArray()!;
        Assert.Equal(new[] { "babble", "brown_noise", "clatter", "hum", "pink_noise", "speech", "white_noise" }, names);
        double seconds = Directory.GetFiles(folder).Sum(f => DatasetSynthesizer.ReadWav(f, out _).Length / 16000.0);
        Assert.InRange(seconds, 29.9, 30.0);
        short[] speech = DatasetSynthesizer.ReadWav(Path.Combine(folder, "speech.wav"), out _);
        Assert.True(speech.Max(s => Math.Abs((int)s)) > 1000, "the speech track holds no speech");
        foreach (string file in Directory.GetFiles(folder))
        {
            Assert.True(DatasetSynthesizer.ReadWav(file, out _).All(s => s is > short.MinValue and < short.MaxValue), $"{file} clips");
        }
    }

    [Fact]
    public void Held_out_voices_never_speak_a_training_clip()
    {
        var heldOut = File.ReadAllLines(Path.Combine(_data.Root, "validation_list.txt"))
            .Concat(File.ReadAllLines(Path.Combine(_data.Root, "testing_list.txt")))
            .ToHashSet(StringComparer.Ordinal);
        int heldOutSpeech = Directory.GetFiles(Path.Combine(_data.Root, "_speech_")).Count(f => !Path.GetFileName(f).Contains("_nohash_train", StringComparison.Ordinal));
        Assert.True(heldOutSpeech > 0, "no held-out running speech");
        Assert.Equal(14 * 4 + heldOutSpeech, heldOut.Count);
        var trainSpeakers = new HashSet<string>(StringComparer.Ordinal);
        var heldOutSpeakers = new HashSet<string>(StringComparer.Ordinal);
        foreach (string file in Directory.GetFiles(_data.Root, "*_nohash_*.wav", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(_data.Root, file).Replace('\\', '/');
            string speaker = Path.GetFileName(file).Split("_nohash_")[0];
            if (speaker == "silence") continue;
            (heldOut.Contains(relative) ? heldOutSpeakers : trainSpeakers).Add(speaker);
        }

        Assert.NotEmpty(heldOutSpeakers);
        Assert.Empty(trainSpeakers.Intersect(heldOutSpeakers));
    }

    [Fact]
    public void Every_clip_is_spoken_by_a_voice_on_the_data_source_allow_list()
    {
        foreach (string file in Directory.GetFiles(_data.Root, "*_nohash_*.wav", SearchOption.AllDirectories))
        {
            string speaker = Path.GetFileName(file).Split("_nohash_")[0];
            if (speaker == "silence") continue;
            Assert.Contains(speaker, WearableAI.Synthesis.Recordings.DataSourceAllowList.AllowedVoices);
        }
    }

    [Fact]
    public void The_manifest_records_seed_wake_phrase_counts_engines_voices_per_split_and_a_data_hash()
    {
        using JsonDocument manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_data.Root, "manifest.json")));
        JsonElement root = manifest.RootElement;
        Assert.Equal(5, root.GetProperty("seed").GetInt32());
        Assert.Equal("hey nano", root.GetProperty("wakePhrase").GetString());
        Assert.Equal(15, root.GetProperty("labels").GetArrayLength()); // 14 labels and the running speech
        Assert.Equal(new[] { "espeak", "festival", "mbrola", "rhvoice" }, root.GetProperty("generator").GetProperty("engines").EnumerateObject().Select(p => p.Name).Order());
        Assert.StartsWith("sha256:", root.GetProperty("dataHash").GetString(), StringComparison.Ordinal);
        var train = root.GetProperty("speakers").GetProperty("train").EnumerateArray().Select(e => e.GetString()).ToHashSet();
        var test = root.GetProperty("speakers").GetProperty("test").EnumerateArray().Select(e => e.GetString()).ToHashSet();
        Assert.True(train.Count > 300 && test.Count > 20);
        foreach (string engine in new[] { "espeak.", "mbrola.", "rhvoice.", "festival." })
        {
            Assert.Contains(test, id => id!.StartsWith(engine, StringComparison.Ordinal)); // every engine is heard in test
        }

        Assert.Empty(train.Intersect(test));
        Assert.Contains(root.GetProperty("labels").EnumerateArray(), l => l.GetProperty("name").GetString() == "_confusable_" && l.GetProperty("countsAsUnknown").GetBoolean());
    }

    [Fact]
    public void A_non_empty_folder_is_refused_without_force_in_one_line()
    {
        string folder = WaiProcess.NewFolder();
        File.WriteAllText(Path.Combine(folder, "keep.txt"), "mine");
        try
        {
            WaiProcess.Result result = WaiProcess.Run(null, "data", "synth", "--small", "--out", folder);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("--force", result.Output, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(folder, "keep.txt")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void An_unwritable_output_folder_is_reported_in_one_line()
    {
        string folder = WaiProcess.NewFolder();
        string file = Path.Combine(folder, "a-file");
        File.WriteAllText(file, "x");
        try
        {
            WaiProcess.Result result = WaiProcess.Run(null, "data", "synth", "--small", "--out", Path.Combine(file, "data"));
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("cannot write to", result.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.Output + result.Errors, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Missing_espeak_ng_is_one_line_telling_how_to_install_it_and_exit_code_2()
    {
        string emptyPath = WaiProcess.NewFolder();
        try
        {
            WaiProcess.Result result = WaiProcess.Run(new Dictionary<string, string> { ["PATH"] = emptyPath }, "data", "synth", "--small", "--out", Path.Combine(emptyPath, "out"));
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("apt-get install espeak-ng", result.Output, StringComparison.Ordinal);
            Assert.False(Directory.Exists(Path.Combine(emptyPath, "out")));
        }
        finally
        {
            Directory.Delete(emptyPath, recursive: true);
        }
    }
}
