using System.Globalization;

namespace WearableAI.Synthesis.Voices;

/// <summary>
/// RHVoice's <c>RHVoice-test</c>: one process per utterance, text on standard input, a 24 kHz WAV
/// written to a temporary file. Rate and pitch are percentages of the voice's own (100).
/// Thread-safe.
/// </summary>
public sealed class RhvoiceRunner : ISpeechEngine
{
    /// <summary>The line a user sees when RHVoice is missing.</summary>
    public const string InstallHint = "RHVoice-test not found; install rhvoice and rhvoice-english (Debian non-free)";

    /// <inheritdoc />
    public VoiceEngine Engine => VoiceEngine.RHVoice;

    /// <inheritdoc />
    public string Version()
    {
        // RHVoice-test has no --version; the package's version is what the manifest needs.
        byte[] output = SynthProcess.Run("dpkg-query", ["-W", "-f=${Version}", "rhvoice-english"], InstallHint);
        return "RHVoice " + System.Text.Encoding.UTF8.GetString(output).Trim();
    }

    /// <inheritdoc />
    public float[] Speak(Utterance utterance, out int sampleRate)
    {
        ArgumentNullException.ThrowIfNull(utterance);
        string file = Path.Combine(Path.GetTempPath(), $"wai-rhvoice-{Guid.NewGuid():N}.wav");
        try
        {
            int rate = Math.Clamp((int)Math.Round(100 * utterance.Speed), 50, 200);
            int pitch = Math.Clamp((int)Math.Round(100 + 20 * utterance.Pitch), 60, 140);
            SynthProcess.Run(
                "RHVoice-test",
                ["-p", utterance.Speaker.Voice, "-r", rate.ToString(CultureInfo.InvariantCulture), "-t", pitch.ToString(CultureInfo.InvariantCulture), "-o", file],
                InstallHint,
                stdin: utterance.Text + "\n");
            return SynthProcess.ReadWav(File.ReadAllBytes(file), $"RHVoice \"{utterance.Text}\" ({utterance.Speaker})", out sampleRate);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
