using System.Globalization;

namespace WearableAI.Contracts;

/// <summary>
/// The rules a manifest keeps beyond its JSON types: a version; distinct labels of 1..32 characters with the
/// wake label among them; thresholds 0..1; 1..64 mel bands and log steps; a positive feature scale; file
/// names that stay beside the manifest.
/// </summary>
public static class ModelManifestRules
{
    /// <summary>Longest label (the wire and Home Assistant event types carry labels).</summary>
    public const int MaxLabelLength = 32;

    /// <summary>The first broken rule in words naming the field, or null when the manifest keeps them all.</summary>
    public static string? Check(ModelManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        if (string.IsNullOrWhiteSpace(manifest.Version))
        {
            return "'version' must not be empty";
        }

        return Vocabulary(manifest)
            ?? Probability(manifest.Thresholds.Wake, "thresholds.wake")
            ?? Probability(manifest.Thresholds.Command, "thresholds.command")
            ?? Whole(manifest.FrontEnd.MelBands, 1, 64, "frontEnd.melBands")
            ?? Whole(manifest.FrontEnd.LogScale, 1, 64, "frontEnd.logScale")
            ?? (manifest.FeatureScale > 0 && double.IsFinite(manifest.FeatureScale) ? null : $"'featureScale' must be > 0 (got {Text(manifest.FeatureScale)})")
            ?? FileName(manifest.Files.Hub, "files.hub")
            ?? FileName(manifest.Files.Watch, "files.watch")
            ?? FileName(manifest.Files.EvalReport, "files.evalReport");
    }

    private static string? Vocabulary(ModelManifest manifest)
    {
        IReadOnlyList<string> labels = manifest.Vocabulary;
        if (labels.Count == 0)
        {
            return "'vocabulary' must list at least one label";
        }

        for (int i = 0; i < labels.Count; i++)
        {
            string label = labels[i];
            if (string.IsNullOrWhiteSpace(label) || label.Length > MaxLabelLength || manifest.IndexOf(label) != i)
            {
                return $"'vocabulary' entry {i} must be a distinct label of 1..{MaxLabelLength} characters (got \"{label}\")";
            }
        }

        return manifest.WakeIndex < 0
            ? $"'wakeLabel' must be one of the vocabulary ({string.Join(", ", labels)}); got \"{manifest.WakeLabel}\""
            : null;
    }

    private static string? Probability(double value, string field) =>
        value is >= 0 and <= 1 ? null : $"'{field}' must be 0..1 (got {Text(value)})";

    private static string? Whole(int value, int min, int max, string field) =>
        value >= min && value <= max ? null : $"'{field}' must be {min}..{max} (got {value})";

    private static string? FileName(string? name, string field) =>
        name is null || (name.Length > 0 && name == Path.GetFileName(name) && name is not "." and not "..")
            ? null
            : $"'{field}' must be a file name beside the manifest (got \"{name}\")";

    private static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);
}
