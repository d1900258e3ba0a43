using WearableAI.Shared.Audio;

namespace WearableAI.Hub.AppTests.Support;

/// <summary>
/// What a watch's microphone hears, composed from the shipped clips (<c>models/clips/</c>): a room noise
/// floor, then "hey nano", a 150 ms pause and the command word at the speaker's level, then the floor again.
/// </summary>
public static class SpokenPhrase
{
    public const int SampleRate = 16000;

    /// <summary>The same room noise (seeded) on every watch, so voice-to-ambient differs only by level.</summary>
    public const int NoisePeak = 100;

    /// <summary>One shipped clip's samples (e.g. "hey_nano", "stop").</summary>
    public static short[] Clip(string word)
    {
        string path = Path.Combine(RepositoryFolders.Clips, word + ".wav");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path} is missing: the shipped clips live in models/clips/ (one WAV per word)", path);
        }

        string? problem = PcmWav.TryParse(File.ReadAllBytes(path), out short[] pcm, out int rate);
        if (problem is not null || rate != SampleRate)
        {
            throw new InvalidDataException($"{path}: {problem ?? $"{rate} Hz, {SampleRate} needed"}");
        }

        return pcm;
    }

    /// <summary>
    /// Noise floor for <paramref name="leadSeconds"/>, <paramref name="wake"/>, 150 ms, <paramref name="command"/>,
    /// then <paramref name="tailSeconds"/> of floor; the words scaled by <paramref name="gain"/>.
    /// </summary>
    public static short[] Compose(string wake, string command, double gain, double leadSeconds = 1.5, double tailSeconds = 2.5)
    {
        short[] first = Clip(wake);
        short[] second = Clip(command);
        int lead = (int)(leadSeconds * SampleRate);
        int gap = SampleRate * 150 / 1000;
        int length = lead + first.Length + gap + second.Length + (int)(tailSeconds * SampleRate);
        var pcm = new short[length];
        AddFloor(pcm);
        Place(first, pcm, lead, gain);
        Place(second, pcm, lead + first.Length + gap, gain);
        return pcm;
    }

    /// <summary>Only the room's noise floor, for <paramref name="seconds"/>.</summary>
    public static short[] Floor(double seconds)
    {
        var pcm = new short[(int)(seconds * SampleRate)];
        AddFloor(pcm);
        return pcm;
    }

    /// <summary>Writes samples as a 16 kHz WAV in a fresh temporary file; returns its path.</summary>
    public static string WriteTemporaryWav(short[] pcm)
    {
        string path = Path.Combine(Path.GetTempPath(), $"wai-app-test-{Guid.NewGuid():N}.wav");
        File.WriteAllBytes(path, PcmWav.Write(pcm, 0, pcm.Length, SampleRate));
        return path;
    }

    private static void AddFloor(short[] pcm)
    {
        var room = new Random(1);
        for (int i = 0; i < pcm.Length; i++)
        {
            pcm[i] = (short)room.Next(-NoisePeak, NoisePeak + 1);
        }
    }

    private static void Place(short[] clip, short[] target, int at, double gain)
    {
        for (int i = 0; i < clip.Length; i++)
        {
            target[at + i] = (short)Math.Clamp(target[at + i] + Math.Round(clip[i] * gain), short.MinValue, short.MaxValue);
        }
    }
}
