using System.ComponentModel;
using System.Diagnostics;
using WearableAI.Shared.Audio;
using WearableAI.Tools;

namespace WearableAI.Synthesis.Voices;

/// <summary>Runs a synthesizer program once and reads what it wrote; the one place engines start processes.</summary>
internal static class SynthProcess
{
    /// <summary>Runs <paramref name="program"/>; returns its standard output. Throws with its error text on a non-zero exit.</summary>
    public static byte[] Run(string program, IEnumerable<string> args, string installHint, string? stdin = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin != null,
            UseShellExecute = false,
        };
        foreach (string arg in args) start.ArgumentList.Add(arg);

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new UserFacingException(installHint);
        }
        catch (Win32Exception)
        {
            throw new UserFacingException(installHint);
        }

        using (process)
        {
            Task<string> errors = process.StandardError.ReadToEndAsync();
            if (stdin != null)
            {
                process.StandardInput.Write(stdin);
                process.StandardInput.Close();
            }

            using var buffer = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(buffer);
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"{program} {string.Join(' ', start.ArgumentList)} failed with exit code {process.ExitCode}: {errors.Result.Trim()}");
            }

            return buffer.ToArray();
        }
    }

    /// <summary>Parses a 16-bit PCM WAV into floats in [−1, 1]; <paramref name="what"/> names it in the error.</summary>
    public static float[] ReadWav(byte[] wav, string what, out int sampleRate)
    {
        string? why = PcmWav.TryParse(wav, out short[] samples, out sampleRate);
        if (why != null) throw new InvalidOperationException($"{what}: no usable WAV: {why}");
        var audio = new float[samples.Length];
        for (int i = 0; i < samples.Length; i++) audio[i] = samples[i] / 32768f;
        return audio;
    }
}
