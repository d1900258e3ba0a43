using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using WearableAI.Shared.Audio;

namespace WearableAI.Tools.Data;

/// <summary>
/// Runs the espeak-ng program: one process per utterance, WAV on standard output (22.05 kHz,
/// 16-bit mono), returned as floats in [-1, 1]. Thread-safe; each call is its own process.
/// </summary>
public sealed class EspeakRunner
{
    /// <summary>The line a user sees when espeak-ng is missing.</summary>
    public const string InstallHint =
        "espeak-ng not found; install it: apt-get install espeak-ng";

    /// <summary>Uses the program found as <paramref name="program"/> (default: espeak-ng on PATH).</summary>
    public EspeakRunner(string program = "espeak-ng")
    {
        Program = program;
    }

    /// <summary>The program that is run.</summary>
    public string Program { get; }

    /// <summary>How one utterance is spoken.</summary>
    /// <param name="Text">What is said.</param>
    /// <param name="Speaker">Voice and variant.</param>
    /// <param name="WordsPerMinute">espeak-ng <c>-s</c> (80–450).</param>
    /// <param name="Pitch">espeak-ng <c>-p</c> (0–99).</param>
    /// <param name="WordGap">espeak-ng <c>-g</c>, pause between words in units of 10 ms.</param>
    public sealed record Utterance(string Text, Speaker Speaker, int WordsPerMinute, int Pitch, int WordGap);

    /// <summary>The first line of <c>espeak-ng --version</c>; throws <see cref="UserFacingException"/> if it cannot run.</summary>
    public string Version()
    {
        return Run(["--version"], out _).Trim();
    }

    /// <summary>The text of <c>espeak-ng --voices=LANGUAGE</c>.</summary>
    public string ListVoices(string language)
    {
        return Run(["--voices=" + language], out _);
    }

    /// <summary>Speaks one utterance; returns the samples and their rate.</summary>
    public float[] Speak(Utterance utterance, out int sampleRate)
    {
        ArgumentNullException.ThrowIfNull(utterance);
        string[] args =
        [
            "-v", utterance.Speaker.Id,
            "-s", utterance.WordsPerMinute.ToString(CultureInfo.InvariantCulture),
            "-p", utterance.Pitch.ToString(CultureInfo.InvariantCulture),
            "-g", utterance.WordGap.ToString(CultureInfo.InvariantCulture),
            "--stdout",
            utterance.Text,
        ];
        Run(args, out byte[] wav);
        string? why = PcmWav.TryParse(wav, out short[] samples, out sampleRate);
        if (why != null)
        {
            throw new InvalidOperationException($"espeak-ng gave no usable WAV for \"{utterance.Text}\" ({utterance.Speaker}): {why}");
        }

        var audio = new float[samples.Length];
        for (int i = 0; i < samples.Length; i++) audio[i] = samples[i] / 32768f;
        return audio;
    }

    private string Run(string[] args, out byte[] stdout)
    {
        var start = new ProcessStartInfo(Program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in args) start.ArgumentList.Add(arg);

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new UserFacingException(InstallHint);
        }
        catch (Win32Exception)
        {
            throw new UserFacingException(InstallHint);
        }

        using (process)
        {
            Task<string> errors = process.StandardError.ReadToEndAsync();
            using var buffer = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(buffer);
            process.WaitForExit();
            stdout = buffer.ToArray();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"espeak-ng {string.Join(' ', args)} failed with exit code {process.ExitCode}: {errors.Result.Trim()}");
            }

            return System.Text.Encoding.UTF8.GetString(stdout);
        }
    }
}
