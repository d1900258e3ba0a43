using WearableAI.Shared.Audio;

namespace WearableAI.Fleet;

/// <summary>The shipped clips (models/clips/&lt;name&gt;.wav, 16 kHz mono 16-bit) by name.</summary>
public sealed class ClipLibrary
{
    /// <summary>The clips' sample rate.</summary>
    public const int SampleRate = 16000;

    /// <summary>The ten command words of DESIGN.md.</summary>
    public static readonly string[] CommandWords = ["yes", "no", "up", "down", "left", "right", "on", "off", "stop", "go"];

    private readonly Dictionary<string, short[]> _clips;

    private ClipLibrary(string folder, Dictionary<string, short[]> clips)
    {
        Folder = folder;
        _clips = clips;
    }

    /// <summary>Where the clips came from.</summary>
    public string Folder { get; }

    /// <summary>Clip names.</summary>
    public IReadOnlyCollection<string> Names => _clips.Keys;

    /// <summary>The command words that have a clip.</summary>
    public IReadOnlyList<string> Commands => [.. CommandWords.Where(_clips.ContainsKey)];

    /// <summary>A clip's samples.</summary>
    /// <param name="name">Clip name.</param>
    public short[] this[string name] => _clips[name];

    /// <summary>Loads every WAV of <paramref name="folder"/>; a file that is not 16 kHz mono 16-bit is an error naming it.</summary>
    /// <param name="folder">The clips folder.</param>
    public static ClipLibrary Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"no clips folder {folder} (the shipped clips live in models/clips/; --clips DIR picks another)");
        }

        var clips = new Dictionary<string, short[]>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(folder, "*.wav").Order(StringComparer.Ordinal))
        {
            string? problem = PcmWav.TryParse(File.ReadAllBytes(file), out short[] pcm, out int rate);
            if (problem is not null || rate != SampleRate)
            {
                throw new InvalidDataException($"{file}: {problem ?? $"sample rate {rate} Hz, {SampleRate} needed"}");
            }

            clips[Path.GetFileNameWithoutExtension(file)] = pcm;
        }

        if (!clips.ContainsKey(Utterance.WakePhrase))
        {
            throw new InvalidDataException($"{folder}: no {Utterance.WakePhrase}.wav");
        }

        return new ClipLibrary(folder, clips);
    }
}
