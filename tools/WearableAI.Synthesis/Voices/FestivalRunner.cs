using System.Collections.Concurrent;

namespace WearableAI.Synthesis.Voices;

/// <summary>
/// Festival's diphone voices (<c>voice_rab_diphone</c>, …), spoken by a pool of long-lived
/// <see cref="FestivalSession"/>s per voice, so that the one-second start-up is paid once per
/// thread and voice rather than once per clip. Rate by <c>Duration_Stretch</c>; these voices have
/// no simple pitch control, so pitch variety comes from the augmentation. Thread-safe; dispose to
/// end the processes.
/// </summary>
public sealed class FestivalRunner : ISpeechEngine, IDisposable
{
    /// <summary>The line a user sees when Festival is missing.</summary>
    public const string InstallHint =
        "festival not found; install festival festlex-oald festvox-rablpc16k festvox-don festvox-italp16k festvox-itapc16k (Debian contrib)";

    private readonly ConcurrentDictionary<string, ConcurrentBag<FestivalSession>> _idle = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<FestivalSession> _all = [];

    /// <inheritdoc />
    public VoiceEngine Engine => VoiceEngine.Festival;

    /// <inheritdoc />
    public string Version() =>
        System.Text.Encoding.UTF8.GetString(SynthProcess.Run("festival", ["--version"], InstallHint)).Trim();

    /// <inheritdoc />
    public float[] Speak(Utterance utterance, out int sampleRate)
    {
        ArgumentNullException.ThrowIfNull(utterance);
        // Festival 2.5's diphone voices fail on some utterances, every time: the Italian pc voice
        // crashes (SIGSEGV) on "on?" at Duration_Stretch 0.83–0.84, and lp raises a Scheme error on
        // "call mom?" (question intonation). Retried the same way each time, so the dataset stays
        // reproducible: 4 % faster in a fresh process, then without punctuation; then the error stands.
        byte[] wav = [];
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                Utterance retry = attempt switch
                {
                    0 => utterance,
                    1 => utterance with { Speed = utterance.Speed * 1.04 },
                    _ => utterance with { Text = new string(utterance.Text.Where(c => char.IsLetter(c) || c is ' ' or '\'').ToArray()) },
                };
                wav = SpeakOnce(retry);
                break;
            }
            catch (FestivalFailedException) when (attempt < 2)
            {
            }
        }

        return SynthProcess.ReadWav(wav, $"festival \"{utterance.Text}\" ({utterance.Speaker})", out sampleRate);
    }

    private byte[] SpeakOnce(Utterance utterance)
    {
        string voice = utterance.Speaker.Voice;
        ConcurrentBag<FestivalSession> idle = _idle.GetOrAdd(voice, _ => []);
        if (!idle.TryTake(out FestivalSession? session))
        {
            session = new FestivalSession(voice);
            _all.Add(session);
        }

        try
        {
            byte[] wav = session.Speak(utterance.Text, utterance.Speed);
            idle.Add(session);
            return wav;
        }
        catch (FestivalFailedException)
        {
            session.Dispose(); // never reused: a failed session may be dead or in an unknown state
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (FestivalSession session in _all) session.Dispose();
    }
}
