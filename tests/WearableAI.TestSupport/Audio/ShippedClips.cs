using System.Text.Json;
using WearableAI.Shared.Audio;

namespace WearableAI.TestSupport.Audio;

/// <summary>
/// What ships in <c>models/</c> for the watch: the phrase clips (<c>models/clips/</c>, written by <c>wai clips</c>) and the
/// watch model. <see cref="QuietRoom"/> plays the clips in a room, as a watch's microphone hears them.
/// </summary>
public static class ShippedClips
{
    /// <summary>Sample rate of every clip.</summary>
    public const int SampleRate = 16000;

    /// <summary>The shipped watch model blob (<c>models/watch.waim</c>).</summary>
    public static byte[] WatchModel() => File.ReadAllBytes(Path.Combine(RepositoryFolders.Models, "watch.waim"));

    /// <summary>The words of the clips listed in <c>models/clips/clips.json</c> (file names without <c>.wav</c>), in order.</summary>
    public static IReadOnlyList<string> Words()
    {
        using JsonDocument manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryFolders.Clips, "clips.json")));
        return [.. manifest.RootElement.GetProperty("clips").EnumerateObject().Select(p => Path.GetFileNameWithoutExtension(p.Name)).Order(StringComparer.Ordinal)];
    }

    /// <summary>One clip's 16 kHz mono samples, by its word (e.g. <c>hey_nano</c>, <c>stop</c>).</summary>
    public static short[] Read(string word)
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
}
