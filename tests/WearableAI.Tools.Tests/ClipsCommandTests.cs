using System.Text.Json;
using WearableAI.Shared.Audio;

namespace WearableAI.Tools.Tests;

/// <summary>
/// <c>wai clips</c> (the shipped phrase clips from a dataset's test split) and <c>wai demo-clips</c>
/// (the demo watches' audio composed from them), run as the real command line.
/// </summary>
public sealed class ClipsCommandTests(SmallDatasetFixture data) : IClassFixture<SmallDatasetFixture>
{
    private static readonly string[] Phrases = ["hey_nano", "yes", "no", "up", "down", "left", "right", "on", "off", "stop", "go", "hey_mario"];

    [Fact]
    public void Clips_are_written_for_every_phrase_from_test_voices_trimmed_and_normalised()
    {
        string output = Path.Combine(WaiProcess.NewFolder(), "clips");

        WaiProcess.Result run = WaiProcess.Run(null, "clips", "--dataset", data.Root, "--out", output);

        Assert.True(run.ExitCode == 0, run.Output + run.Errors);
        string[] testing = File.ReadAllLines(Path.Combine(data.Root, "testing_list.txt"));
        using JsonDocument provenance = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "clips.json")));
        // The small dataset's test split has only some phrases; the rest are named as not written.
        string[] written = [.. Phrases.Where(p => File.Exists(Path.Combine(output, p + ".wav")))];
        Assert.Contains("hey_nano", written);
        foreach (string phrase in Phrases.Except(written))
        {
            Assert.Contains(phrase, run.Output, StringComparison.Ordinal);
        }

        foreach (string phrase in written)
        {
            short[] pcm = Read(Path.Combine(output, phrase + ".wav"));
            Assert.InRange(pcm.Length, 1600, 16000 * 2); // speech only: 0.1 s … 2 s
            Assert.InRange(pcm.Max(s => Math.Abs((int)s)), 10000, 32767); // loudest 10 ms at RMS 10,000
            string source = provenance.RootElement.GetProperty("clips").GetProperty(phrase + ".wav").GetString()!;
            Assert.Contains(source, testing); // never a training or validation voice
        }
    }

    [Fact]
    public void Demo_clips_put_the_phrase_at_the_same_moment_on_every_watch_each_at_its_own_level()
    {
        string clips = Path.Combine(WaiProcess.NewFolder(), "clips");
        Assert.Equal(0, WaiProcess.Run(null, "clips", "--dataset", data.Root, "--out", clips).ExitCode);
        string command = Phrases[1..^1].First(p => File.Exists(Path.Combine(clips, p + ".wav")));
        string demo = WaiProcess.NewFolder();

        WaiProcess.Result run = WaiProcess.Run(null, "demo-clips", "--clips", clips, "--command", command, "--out", demo, "--levels", "0.5,0.25", "--period", "6", "--lead", "1");

        Assert.True(run.ExitCode == 0, run.Output + run.Errors);
        short[] loud = Read(Path.Combine(demo, "watch-1.wav"));
        short[] quiet = Read(Path.Combine(demo, "watch-2.wav"));
        Assert.Equal(6 * 16000, loud.Length);
        Assert.True(Peak(loud, 0, 16000) < 200, "the lead second is the room's noise floor");
        int onset = Array.FindIndex(loud, s => Math.Abs((int)s) > 1000);
        Assert.InRange(onset, 16000, 16000 + 4000); // the phrase starts at the lead (trimmed clips keep 50 ms)
        double ratio = Peak(loud, 16000, loud.Length) / (double)Peak(quiet, 16000, quiet.Length);
        Assert.InRange(ratio, 1.8, 2.2); // 6 dB apart, as asked
    }

    [Fact]
    public void A_missing_clip_folder_is_a_clear_message_not_a_stack_trace()
    {
        WaiProcess.Result run = WaiProcess.Run(null, "demo-clips", "--clips", "/nonexistent/clips", "--out", WaiProcess.NewFolder());

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("/nonexistent/clips/hey_nano.wav: not found", run.Output + run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Output + run.Errors, StringComparison.Ordinal);
    }

    private static short[] Read(string path)
    {
        Assert.Null(PcmWav.TryParse(File.ReadAllBytes(path), out short[] pcm, out int rate));
        Assert.Equal(16000, rate);
        return pcm;
    }

    private static int Peak(short[] pcm, int from, int to) => pcm[from..to].Max(s => Math.Abs((int)s));
}
