using System.Text.Json;
using WearableAI.Training.Data;

namespace WearableAI.Training.Eval;

/// <summary>
/// The leave-one-engine-out check: for each engine family, its figures from models trained with it (this
/// evaluation) beside those of models trained without it (another run's <c>wai eval</c> report on the same
/// data), so that the gap says how much of a family's figure comes from having heard that engine.
/// </summary>
public static class LeaveOneEngineOut
{
    /// <summary>The tiers compared (ours; the peer is not trained).</summary>
    public static readonly IReadOnlyList<string> Tiers = ["hub", "tiny", "cascade"];

    /// <summary>Parses <c>FAMILY=REPORT</c> (the report of models trained without that family).</summary>
    /// <exception cref="DatasetException">Not of that form, or the report is missing.</exception>
    public static (string Family, string Report) Parse(string argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        int eq = argument.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0 || eq == argument.Length - 1) throw new DatasetException($"--without takes FAMILY=REPORT (e.g. mbrola=models/runs/no-mbrola/eval/report.json), not '{argument}'");
        string report = Path.GetFullPath(argument[(eq + 1)..]);
        if (!File.Exists(report)) throw new DatasetException($"--without {argument}: no report at {report}");
        return (argument[..eq].Trim().ToLowerInvariant(), report);
    }

    /// <summary>One row per family and tier: the family's figures with it in training (<paramref name="full"/>) and without it (its report).</summary>
    /// <exception cref="DatasetException">A report is not a <c>wai eval</c> report or was made on other data.</exception>
    public static IReadOnlyList<HeldOutFamily> Compare(EvalReport full, IEnumerable<(string Family, string Report)> without)
    {
        ArgumentNullException.ThrowIfNull(full);
        ArgumentNullException.ThrowIfNull(without);
        var rows = new List<HeldOutFamily>();
        foreach ((string family, string path) in without)
        {
            using JsonDocument other = Read(path);
            if (other.RootElement.TryGetProperty("data_hash", out JsonElement hash) && hash.GetString() != full.DataHash)
            {
                throw new DatasetException($"{path} was evaluated on other data (data hash {hash.GetString()}, this evaluation {full.DataHash}): evaluate both runs on the same data and split");
            }

            foreach (string tier in Tiers)
            {
                GroupFigures? seen = Tier(full, tier)?.Families?.FirstOrDefault(f => f.Name == family);
                JsonElement? unseen = FamilyOf(other.RootElement, tier, family);
                if (seen is null && unseen is null) continue;
                rows.Add(new HeldOutFamily(
                    family,
                    tier,
                    seen?.WakeMissRate,
                    Number(unseen, "wake_miss_rate"),
                    seen?.CommandAccuracyMean,
                    Number(unseen, "command_accuracy_mean"),
                    path));
            }
        }

        return rows;
    }

    private static TierReport? Tier(EvalReport report, string tier) => tier switch
    {
        "hub" => report.Hub,
        "tiny" => report.Tiny,
        "cascade" => report.Cascade,
        _ => null,
    };

    private static JsonDocument Read(string path)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new DatasetException($"{path} is not a wai eval report: {e.Message}", e);
        }
    }

    private static JsonElement? FamilyOf(JsonElement root, string tier, string family)
    {
        if (!root.TryGetProperty(tier, out JsonElement t) || t.ValueKind != JsonValueKind.Object) return null;
        if (!t.TryGetProperty("families", out JsonElement families) || families.ValueKind != JsonValueKind.Array) return null;
        foreach (JsonElement f in families.EnumerateArray())
        {
            if (f.TryGetProperty("name", out JsonElement name) && name.GetString() == family) return f;
        }

        return null;
    }

    private static double? Number(JsonElement? element, string name) =>
        element is JsonElement e && e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}
