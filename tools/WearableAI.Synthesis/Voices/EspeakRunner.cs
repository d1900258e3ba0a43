using System.Globalization;

namespace WearableAI.Synthesis.Voices;

/// <summary>
/// espeak-ng, for its own voices and for the MBROLA databases it drives (<c>-v mb-de4-en</c>):
/// one process per utterance, WAV on standard output (22.05 kHz for espeak-ng's voices, the
/// database's rate for MBROLA). Thread-safe; each call is its own process.
/// </summary>
public sealed class EspeakRunner : ISpeechEngine
{
    /// <summary>The line a user sees when espeak-ng is missing.</summary>
    public const string InstallHint = "espeak-ng not found; install it: apt-get install espeak-ng";

    /// <summary>The line a user sees when an MBROLA voice fails.</summary>
    public const string MbrolaHint = "MBROLA voice failed; install mbrola and the mbrola-XX databases (scripts/lib/system-packages.sh)";

    /// <summary>Serves the given engine (espeak-ng's own voices, or MBROLA's) with the program <paramref name="program"/>.</summary>
    public EspeakRunner(VoiceEngine engine = VoiceEngine.Espeak, string program = "espeak-ng")
    {
        if (engine is not (VoiceEngine.Espeak or VoiceEngine.Mbrola)) throw new ArgumentOutOfRangeException(nameof(engine));
        Engine = engine;
        Program = program;
    }

    /// <inheritdoc />
    public VoiceEngine Engine { get; }

    /// <summary>The program that is run.</summary>
    public string Program { get; }

    /// <inheritdoc />
    public string Version() => System.Text.Encoding.UTF8.GetString(SynthProcess.Run(Program, ["--version"], InstallHint)).Trim();

    /// <summary>The text of <c>espeak-ng --voices=LANGUAGE</c>.</summary>
    public string ListVoices(string language) =>
        System.Text.Encoding.UTF8.GetString(SynthProcess.Run(Program, ["--voices=" + language], InstallHint));

    /// <summary>The <c>-v</c> argument for a speaker: <c>en-us+Alex</c>, or <c>mb-de4-en</c> for MBROLA.</summary>
    public static string VoiceArgument(Speaker speaker)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        return speaker.Engine == VoiceEngine.Mbrola
            ? $"mb-{speaker.Voice}-en"
            : speaker.Voice + (speaker.Variant.Length > 0 ? "+" + speaker.Variant : string.Empty);
    }

    /// <inheritdoc />
    public float[] Speak(Utterance utterance, out int sampleRate)
    {
        ArgumentNullException.ThrowIfNull(utterance);
        int wordsPerMinute = Math.Clamp((int)Math.Round(165 * utterance.Speed), 80, 450);
        int pitch = Math.Clamp((int)Math.Round(50 + 35 * utterance.Pitch), 0, 99);
        string[] args =
        [
            "-v", VoiceArgument(utterance.Speaker),
            "-s", wordsPerMinute.ToString(CultureInfo.InvariantCulture),
            "-p", pitch.ToString(CultureInfo.InvariantCulture),
            "-g", utterance.WordGap.ToString(CultureInfo.InvariantCulture),
            "--stdout",
            utterance.Text,
        ];
        byte[] wav = SynthProcess.Run(Program, args, Engine == VoiceEngine.Mbrola ? MbrolaHint : InstallHint);
        return SynthProcess.ReadWav(wav, $"espeak-ng \"{utterance.Text}\" ({utterance.Speaker})", out sampleRate);
    }
}
