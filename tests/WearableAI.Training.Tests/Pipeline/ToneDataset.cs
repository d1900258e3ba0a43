using WearableAI.Shared.Audio;
using WearableAI.Training.Data;

namespace WearableAI.Training.Tests.Pipeline;

/// <summary>
/// A tiny Speech Commands-layout dataset of synthetic "words": each label is a tone pair at its own
/// pitches (two short syllables), with random level, onset and noise. Voices v0…v5: v4 is
/// validation, v5 test (written to the split lists), the rest training. Easy enough that a few
/// training steps get well above chance.
/// </summary>
internal sealed class ToneDataset : IDisposable
{
    public const int Rate = 16000;
    public static readonly string[] Voices = ["v0", "v1", "v2", "v3", "v4", "v5"];

    private ToneDataset(string root) => Root = root;

    public string Root { get; }

    public static ToneDataset Create(int clipsPerVoice = 3, string wakeFolder = "hey_nano", string wakePhrase = "hey nano")
    {
        string root = Path.Combine(Path.GetTempPath(), "wai-tone-" + Guid.NewGuid().ToString("N")[..8]);
        var dataset = new ToneDataset(root);
        string[] folders = [wakeFolder, .. Vocabulary.DefaultCommands, "_unknown_", "_confusable_", Vocabulary.SilenceFolder];
        var validation = new List<string>();
        var testing = new List<string>();
        var random = new Random(7);
        for (int label = 0; label < folders.Length; label++)
        {
            Directory.CreateDirectory(Path.Combine(root, folders[label]));
            double seconds = label == 0 || folders[label] == "_confusable_" ? 1.5 : 1.0;
            foreach (string voice in Voices)
            {
                for (int i = 0; i < clipsPerVoice; i++)
                {
                    string relative = $"{folders[label]}/{voice}_nohash_{i}.wav";
                    short[] clip = folders[label] == Vocabulary.SilenceFolder
                        ? Noise((int)(seconds * Rate), 200, random)
                        : Word(label, seconds, random);
                    dataset.WriteWav(relative, clip, Rate);
                    if (voice == "v4") validation.Add(relative);
                    if (voice == "v5") testing.Add(relative);
                }
            }
        }

        Directory.CreateDirectory(Path.Combine(root, Vocabulary.BackgroundFolder));
        dataset.WriteWav(Vocabulary.BackgroundFolder + "/white_noise.wav", Noise(20 * Rate, 600, random), Rate);
        dataset.WriteWav(Vocabulary.BackgroundFolder + "/speech.wav", Word(3, 6.0, random), Rate);
        File.WriteAllLines(Path.Combine(root, "validation_list.txt"), validation);
        File.WriteAllLines(Path.Combine(root, "testing_list.txt"), testing);
        File.WriteAllText(Path.Combine(root, "manifest.json"), $"{{ \"format\": \"wai-speech-commands/1\", \"wakePhrase\": \"{wakePhrase}\", \"wakeLabel\": \"{wakeFolder}\" }}\n");
        return dataset;
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void WriteWav(string relative, short[] samples, int rate)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllBytes(PathOf(relative), PcmWav.Write(samples, 0, samples.Length, rate));
    }

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }

    private static short[] Word(int label, double seconds, Random random)
    {
        int length = (int)(seconds * Rate);
        short[] clip = Noise(length, 150, random);
        double first = 250 + 140 * label;
        double second = 3200 - 170 * label;
        double level = 3000 + random.NextDouble() * 6000;
        int start = (int)(length * (0.2 + random.NextDouble() * 0.1));
        int syllable = Rate / 4;
        for (int n = 0; n < 2 * syllable && start + n < length; n++)
        {
            double f = n < syllable ? first : second;
            double envelope = Math.Sin(Math.PI * (n % syllable) / syllable);
            clip[start + n] = (short)Math.Clamp(clip[start + n] + level * envelope * Math.Sin(2 * Math.PI * f * n / Rate), -32768, 32767);
        }

        return clip;
    }

    private static short[] Noise(int length, double level, Random random)
    {
        var samples = new short[length];
        for (int i = 0; i < length; i++) samples[i] = (short)((random.NextDouble() * 2 - 1) * level);
        return samples;
    }
}
