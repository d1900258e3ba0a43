using WearableAI.HubBench;

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
}
