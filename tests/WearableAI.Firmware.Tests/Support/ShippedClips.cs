using System.Text.Json;
using WearableAI.Shared.Audio;

namespace WearableAI.Firmware.Tests.Support;

/// <summary>
/// The shipped phrase clips (models/clips, written by <c>wai clips</c>) and the shipped watch model,
/// and rooms to play them in: the clip at a speaking level over a room's steady noise floor,
/// as <c>wai demo-clips</c> composes the demo's audio.
/// </summary>
public static class ShippedClips
{
    /// <summary>Sample rate of every clip.</summary>
    public const int SampleRate = 16000;

    /// <summary>Peak of the room's white noise floor (≈ −50 dBFS), the demo's default.</summary>
    public const int RoomNoisePeak = 100;

    /// <summary>A normal speaking level: the clips are normalised to a loudest 32 ms block of RMS 10,000; half of it.</summary>
    public const double SpeakingGain = 0.5;

    /// <summary>The repository's models folder.</summary>
    public static string ModelsFolder { get; } = Path.Combine(RepositoryRoot(), "models");

    /// <summary>The shipped watch model blob.</summary>
    public static byte[] WatchModel() => File.ReadAllBytes(Path.Combine(ModelsFolder, "watch.waim"));

    /// <summary>The clip file names listed in models/clips/clips.json.</summary>
    public static IReadOnlyList<string> Names()
    {
        using JsonDocument manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(ModelsFolder, "clips", "clips.json")));
        return [.. manifest.RootElement.GetProperty("clips").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];
    }

    /// <summary>One clip's 16 kHz mono samples.</summary>
    public static short[] Read(string fileName)
    {
        string path = Path.Combine(ModelsFolder, "clips", fileName);
        string? problem = PcmWav.TryParse(File.ReadAllBytes(path), out short[] pcm, out int rate);
        if (problem is not null || rate != SampleRate)
        {
            throw new InvalidDataException($"{path}: {problem ?? $"{rate} Hz"}");
        }

        return pcm;
    }

    /// <summary>
    /// <paramref name="leadSeconds"/> of the room's noise floor, the clip at <paramref name="gain"/> mixed over the
    /// same floor, then <paramref name="tailSeconds"/> more floor — what a watch's microphone hears in a quiet room.
    /// </summary>
    public static short[] InRoom(short[] clip, double gain = SpeakingGain, double leadSeconds = 1.5, double tailSeconds = 1.5, int seed = 1)
    {
        int lead = (int)(leadSeconds * SampleRate);
        short[] pcm = RoomNoise(lead + clip.Length + (int)(tailSeconds * SampleRate), RoomNoisePeak, seed);
        for (int i = 0; i < clip.Length; i++)
        {
            pcm[lead + i] = (short)Math.Clamp(pcm[lead + i] + Math.Round(clip[i] * gain), short.MinValue, short.MaxValue);
        }

        return pcm;
    }

    /// <summary>Uniform white noise of the given peak (0 = digital silence).</summary>
    public static short[] RoomNoise(int samples, int peak, int seed = 1)
    {
        var pcm = new short[samples];
        var room = new Random(seed);
        for (int i = 0; i < pcm.Length; i++)
        {
            pcm[i] = (short)room.Next(-peak, peak + 1);
        }

        return pcm;
    }

    private static string RepositoryRoot()
    {
        DirectoryInfo? dir = new(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "WearableAI.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("WearableAI.sln not found above " + AppContext.BaseDirectory);
    }
}
