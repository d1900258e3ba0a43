namespace WearableAI.Tools.Data;

/// <summary>
/// One synthetic speaker: an espeak-ng English voice (accent) combined with a voice variant
/// (timbre), written as espeak-ng takes it: <c>en-us+Alex</c>.
/// </summary>
/// <param name="Voice">The espeak-ng voice name, e.g. <c>en-gb-scotland</c>.</param>
/// <param name="Variant">The variant file name, e.g. <c>Alex</c> or <c>klatt4</c>.</param>
public sealed record Speaker(string Voice, string Variant)
{
    /// <summary>The espeak-ng <c>-v</c> argument and the speaker's id in file names and lists.</summary>
    public string Id => Voice + "+" + Variant;

    /// <inheritdoc />
    public override string ToString() => Id;
}
