namespace WearableAI.Synthesis.Voices;

/// <summary>
/// English spelled the Italian way, so that Festival's Italian diphone voices say English words
/// (shared/data-sources.md: "ei nano", "ies", "gou"). Words not in the table are read as they are —
/// accented gibberish, which is still good negative speech — but a positive clip (wake phrase or
/// command) is only given to an Italian voice when every word of it can be respelled.
/// </summary>
public static class Respelling
{
    private static readonly Dictionary<string, string> Italian = new(StringComparer.Ordinal)
    {
        ["hey"] = "ei", ["nano"] = "nano", ["yes"] = "ies", ["no"] = "nou", ["up"] = "ap", ["down"] = "daun",
        ["left"] = "left", ["right"] = "rait", ["on"] = "on", ["off"] = "off", ["stop"] = "stop", ["go"] = "gou",
        ["now"] = "nau", ["hello"] = "elou", ["banana"] = "banana", ["mario"] = "mario",
        ["okay"] = "oukei", ["bye"] = "bai", ["hi"] = "ai", ["day"] = "dei", ["say"] = "sei", ["way"] = "uei",
    };

    /// <summary>True when every word of <paramref name="text"/> has an Italian spelling.</summary>
    public static bool CanRespell(string text) => Words(text).All(Italian.ContainsKey);

    /// <summary>The text as an Italian voice should read it (unknown words unchanged).</summary>
    public static string ForItalian(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word =>
        {
            string bare = word.Trim('.', ',', '!', '?').ToLowerInvariant();
            return Italian.TryGetValue(bare, out string? spelled) ? word.ToLowerInvariant().Replace(bare, spelled, StringComparison.Ordinal) : word;
        }));
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', '!', '?').ToLowerInvariant());
}
