namespace WearableAI.Synthesis.Voices;

/// <summary>
/// One synthetic speaker: an engine, one of its voices, and for espeak-ng a voice variant
/// (timbre). Its id, <c>engine.voice[+variant]</c> (e.g. <c>espeak.en-us+Alex</c>,
/// <c>mbrola.de4</c>, <c>rhvoice.bdl</c>, <c>festival.rab</c>), names it in file names and lists;
/// the text before the first dot is the engine family every evaluation groups by.
/// </summary>
/// <param name="Engine">The synthesizer.</param>
/// <param name="Voice">The voice within the engine, e.g. <c>en-gb-scotland</c>, <c>de4</c>, <c>bdl</c>, <c>rab</c>.</param>
/// <param name="Variant">espeak-ng voice variant, e.g. <c>Alex</c>; empty for the other engines.</param>
public sealed record Speaker(VoiceEngine Engine, string Voice, string Variant = "")
{
    /// <summary>The speaker's id in file names and lists.</summary>
    public string Id => Engine.Prefix() + "." + Voice + (Variant.Length > 0 ? "+" + Variant : string.Empty);

    /// <inheritdoc />
    public override string ToString() => Id;
}
