using WearableAI.HubLoad;

namespace WearableAI.Hub.Tests.Pipeline;

/// <summary>The tests' hub model: <see cref="KeywordModelBuilder"/> (shared with tools/HubBench) at 8 bands × 12 frames.</summary>
public static class TestKeywordModel
{
    public const int Bands = 8;
    public const int Frames = 12;

    /// <summary>Writes hub.onnx and manifest.json into a new temporary folder; returns it.</summary>
    public static string CreateFolder() => KeywordModelBuilder.CreateFolder(Bands);

    public static sbyte[] WakePattern() => KeywordModelBuilder.WakePattern(Bands, Frames);

    public static sbyte[] StopPattern() => KeywordModelBuilder.StopPattern(Bands, Frames);

    public static sbyte[] Silence() => new sbyte[Bands * Frames];

    /// <summary>
    /// The same features heard <paramref name="steps"/> log steps louder (negative: quieter), e.g. −16 from twice as far:
    /// the model's answer does not change (its weights sum to zero per label), the level the arbiter measures does.
    /// </summary>
    public static sbyte[] Shifted(sbyte[] features, int steps) => [.. features.Select(f => (sbyte)Math.Clamp(f + steps, sbyte.MinValue, sbyte.MaxValue))];
}
