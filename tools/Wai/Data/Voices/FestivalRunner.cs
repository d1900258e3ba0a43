using System.Collections.Concurrent;

namespace WearableAI.Tools.Data.Voices;

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
        byte[] wav;
        try
        {
            wav = SpeakOnce(utterance);
        }
        catch (FestivalEndedException)
        {
            // Festival's diphone voices very rarely crash on an utterance they have spoken before
            // (seen once in ~10,000, not reproducible alone); a fresh process says it, or the error stands.
            wav = SpeakOnce(utterance);
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
        catch (FestivalEndedException)
        {
            session.Dispose(); // never reused
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (FestivalSession session in _all) session.Dispose();
    }
}
