namespace WearableAI.Synthesis.Voices;

/// <summary>How one utterance is spoken, in terms every engine can honour.</summary>
/// <param name="Text">What is said (already respelled for the voice, see <see cref="Respelling"/>).</param>
/// <param name="Speaker">Who says it.</param>
/// <param name="Speed">Speaking rate relative to the engine's normal rate (1.0), e.g. 0.7–1.3.</param>
/// <param name="Pitch">Pitch relative to the voice's own, −1 (low) … +1 (high); engines without a pitch control ignore it.</param>
/// <param name="WordGap">Extra pause between words in units of 10 ms (espeak-ng and MBROLA only).</param>
public sealed record Utterance(string Text, Speaker Speaker, double Speed, double Pitch, int WordGap);
