using WearableAI.Tools;

namespace WearableAI.Synthesis.Voices;

/// <summary>One synthesizer program. Implementations are thread-safe.</summary>
public interface ISpeechEngine
{
    /// <summary>Which engine this is.</summary>
    VoiceEngine Engine { get; }

    /// <summary>The program's version, for the dataset manifest; throws <see cref="UserFacingException"/> when it cannot run.</summary>
    string Version();

    /// <summary>Speaks one utterance; returns mono samples in [−1, 1] at <paramref name="sampleRate"/>.</summary>
    float[] Speak(Utterance utterance, out int sampleRate);
}
