using WearableAI.Shared.Audio;

namespace WearableAI.Training.Data;

/// <summary>Reads a dataset WAV through the shared <see cref="PcmWav"/>: 16-bit PCM mono at the front end's rate, else refused.</summary>
public static class WavReader
{
    /// <summary>Reads the samples of <paramref name="path"/>.</summary>
    /// <exception cref="DatasetException">Unreadable, not 16-bit PCM mono, or another sample rate.</exception>
    public static short[] Read(string path, int sampleRate)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DatasetException($"cannot read {path}: {e.Message}", e);
        }

        string? error = PcmWav.TryParse(bytes, out short[] samples, out int rate);
        if (error != null) throw new DatasetException($"{path}: {error}");
        if (rate != sampleRate) throw new DatasetException($"{path}: sample rate {rate} Hz, but the front end needs {sampleRate} Hz (resample the data, e.g. wai data synth writes {sampleRate} Hz)");
        return samples;
    }
}
