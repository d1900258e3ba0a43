using WearableAI.Firmware.Hardware;
using WearableAI.Shared.Audio;

namespace WearableAI.Firmware.Host.Simulation;

/// <summary>A microphone that plays recorded PCM through the <see cref="IAudioSource"/> seam, as fast as it is read.</summary>
/// <param name="samples">16-bit mono PCM.</param>
/// <param name="sampleRate">Its rate in Hz.</param>
public sealed class PcmAudioSource(short[] samples, int sampleRate) : IAudioSource
{
    private int _next;

    /// <inheritdoc/>
    public int SampleRate => sampleRate;

    /// <summary>True once every sample has been read.</summary>
    public bool IsFinished => _next >= samples.Length;

    /// <summary>Loads a 16-bit mono WAV file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The source.</returns>
    /// <exception cref="InvalidDataException">The file is not 16-bit mono PCM WAV; the message says why.</exception>
    public static PcmAudioSource FromWavFile(string path)
    {
        string? problem = PcmWav.TryParse(File.ReadAllBytes(path), out short[] pcm, out int rate);
        return problem == null ? new PcmAudioSource(pcm, rate) : throw new InvalidDataException($"{path}: {problem}");
    }

    /// <inheritdoc/>
    public int Read(short[] buffer, int offset, int count)
    {
        int n = Math.Min(count, samples.Length - _next);
        Array.Copy(samples, _next, buffer, offset, n);
        _next += n;
        return n;
    }
}
