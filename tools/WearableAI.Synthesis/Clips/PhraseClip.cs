using WearableAI.Shared.Audio;
using WearableAI.Tools;

namespace WearableAI.Synthesis.Clips;

/// <summary>
/// One spoken phrase as 16 kHz mono PCM, and the two steps that make a dataset clip into a shipped
/// one: trimming the silence around the speech and normalising its level.
/// </summary>
public static class PhraseClip
{
    /// <summary>Sample rate of every clip, Hz.</summary>
    public const int SampleRate = 16000;

    /// <summary>RMS of the loudest 10 ms block after <see cref="Normalise"/> (≈ −10 dBFS).</summary>
    public const double LoudestBlockRms = 10000;

    private const int Block = SampleRate / 100;

    /// <summary>Reads a 16-bit mono WAV at <see cref="SampleRate"/>, or throws a message naming the file.</summary>
    public static short[] Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new UserFacingException($"{path}: not found");
        }

        string? problem = PcmWav.TryParse(File.ReadAllBytes(path), out short[] pcm, out int rate);
        if (problem is not null || rate != SampleRate)
        {
            throw new UserFacingException($"{path}: {problem ?? $"sample rate {rate} Hz, {SampleRate} needed"}");
        }

        return pcm;
    }

    /// <summary>Writes <paramref name="pcm"/> as a 16-bit mono WAV.</summary>
    public static void Write(string path, short[] pcm) => File.WriteAllBytes(path, PcmWav.Write(pcm, 0, pcm.Length, SampleRate));

    /// <summary>Cuts leading and trailing 10 ms blocks quieter than 1/20 of the loudest block, keeping 50 ms either side.</summary>
    public static short[] Trim(short[] pcm)
    {
        ArgumentNullException.ThrowIfNull(pcm);
        int blocks = pcm.Length / Block;
        var energy = new double[blocks];
        for (int b = 0; b < blocks; b++)
        {
            for (int i = b * Block; i < (b + 1) * Block; i++)
            {
                energy[b] += (double)pcm[i] * pcm[i];
            }
        }

        double floor = energy.DefaultIfEmpty(0).Max() / 400; // amplitude 1/20
        int first = Array.FindIndex(energy, e => e > floor);
        int last = Array.FindLastIndex(energy, e => e > floor);
        if (first < 0)
        {
            return pcm;
        }

        int start = Math.Max(0, (first - 5) * Block);
        int end = Math.Min(pcm.Length, (last + 6) * Block);
        return pcm[start..end];
    }

    /// <summary>Scales a clip so that its loudest 10 ms block has an RMS of <see cref="LoudestBlockRms"/> (the synth's voices differ by 15 dB).</summary>
    public static short[] Normalise(short[] pcm)
    {
        ArgumentNullException.ThrowIfNull(pcm);
        double loudest = 0;
        for (int b = 0; b + Block <= pcm.Length; b += Block)
        {
            double sum = 0;
            for (int i = b; i < b + Block; i++)
            {
                sum += (double)pcm[i] * pcm[i];
            }

            loudest = Math.Max(loudest, Math.Sqrt(sum / Block));
        }

        double scale = loudest > 0 ? LoudestBlockRms / loudest : 1;
        return [.. pcm.Select(s => (short)Math.Clamp(Math.Round(s * scale), short.MinValue, short.MaxValue))];
    }

    /// <summary>Adds <paramref name="clip"/> × <paramref name="gain"/> into <paramref name="target"/> from sample <paramref name="at"/>, saturating.</summary>
    public static void MixInto(short[] clip, short[] target, int at, double gain)
    {
        ArgumentNullException.ThrowIfNull(clip);
        ArgumentNullException.ThrowIfNull(target);
        for (int i = 0; i < clip.Length && at + i < target.Length; i++)
        {
            target[at + i] = (short)Math.Clamp(target[at + i] + Math.Round(clip[i] * gain), short.MinValue, short.MaxValue);
        }
    }
}
