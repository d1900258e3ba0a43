using System.Text.Json;

namespace WearableAI.Bench;

/// <summary>
/// The model budgets: quantisation drop, cascade miss rate and false accepts per hour, hub command
/// accuracy (read from the evaluation report <c>wai eval</c> wrote, models/eval-report.json, or a
/// fresh one) and the sizes of the shipped files. Baselines: the other tiers of the same evaluation.
/// </summary>
public static class ModelsPart
{
    /// <summary>Reads the report and the files.</summary>
    /// <param name="modelsFolder">Folder with hub.onnx and watch.waim.</param>
    /// <param name="evalReport">An eval-report.json.</param>
    public static IEnumerable<BudgetRow> Measure(string modelsFolder, string evalReport)
    {
        if (!File.Exists(evalReport))
        {
            throw new FileNotFoundException($"no evaluation report {evalReport} (run `wai eval`, or `wai bench --dataset DIR`)");
        }

        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(evalReport));
        JsonElement root = doc.RootElement;
        string source = $"{Path.GetFileName(evalReport)} ({Text(root, "split")} split of {Text(root, "data")}, {Number(root, "clips"):0} clips, models {Path.GetFileName(Text(root, "models"))})";
        double? F(string tier, string field) => root.TryGetProperty(tier, out JsonElement t) && t.ValueKind == JsonValueKind.Object ? Number(t, field) : null;

        double drop = F("tiny", "quantization_accuracy_drop") ?? double.NaN;
        string dropSource = root.TryGetProperty("tiny", out JsonElement tiny) && tiny.TryGetProperty("quantization_accuracy_drop_source", out JsonElement ds) ? ds.GetString() ?? "" : "";
        yield return BudgetRow.Check(DesignBudgets.Quantisation, "tiny int8 vs float accuracy drop", drop, "points", 1, true, "", $"{source}; {dropSource}");

        double miss = 100 * (F("cascade", "wake_miss_rate") ?? double.NaN);
        double fa = F("cascade", "false_accepts_per_hour") ?? double.NaN;
        string tiers = $"hub alone {BudgetRow.Number(100 * F("hub", "wake_miss_rate"))} % miss / {BudgetRow.Number(F("hub", "false_accepts_per_hour"))} FA/h; tiny alone {BudgetRow.Number(100 * F("tiny", "wake_miss_rate"))} % / {BudgetRow.Number(F("tiny", "false_accepts_per_hour"))} FA/h";
        yield return BudgetRow.Check(DesignBudgets.Cascade, "cascade wake-word miss rate", Math.Round(miss, 2), "%", 5, true, tiers, source);
        yield return BudgetRow.Check(DesignBudgets.Cascade, "cascade false accepts per hour (speech + noise)", Math.Round(fa, 1), "per hour", 0.5, true,
            $"background only {BudgetRow.Number(F("cascade", "false_accepts_per_hour_background"))}, negative clips {BudgetRow.Number(F("cascade", "false_accepts_per_hour_negative_clips"))}", source);

        double accuracy = 100 * (F("hub", "command_accuracy_mean") ?? F("hub", "command_accuracy") ?? double.NaN);
        yield return BudgetRow.Check(DesignBudgets.HubModel, "hub command accuracy (mean over the ten), held-out voices", Math.Round(accuracy, 2), "%", 95, false,
            $"teacher {BudgetRow.Number(100 * (F("teacher", "command_accuracy_mean") ?? F("teacher", "command_accuracy")))} %; pooled with unknown words {BudgetRow.Number(100 * F("hub", "command_accuracy"))} %", source);
        string onnx = Path.Combine(modelsFolder, "hub.onnx");
        double onnxBytes = File.Exists(onnx) ? new FileInfo(onnx).Length : double.NaN;
        yield return BudgetRow.Check(DesignBudgets.HubModel, "hub.onnx size", onnxBytes, "B", 2 * 1024 * 1024, true, "", onnx);
        string blob = Path.Combine(modelsFolder, "watch.waim");
        yield return BudgetRow.Info(DesignBudgets.WatchMemory, "watch.waim blob size (weights + header + labels)", File.Exists(blob) ? new FileInfo(blob).Length : null, "B", "", blob);
    }

    private static string Text(JsonElement e, string name) => e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "?";

    private static double? Number(JsonElement e, string name) => e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}
