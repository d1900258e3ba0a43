namespace WearableAI.Contracts;

/// <summary>
/// The files of a models folder (<c>files</c> in the manifest): plain names beside <c>manifest.json</c>.
/// The constants are the names <c>wai ship</c> gives them.
/// </summary>
public sealed record ModelFiles
{
    /// <summary>The manifest's own name.</summary>
    public const string ManifestName = "manifest.json";

    /// <summary>The hub model's name as shipped.</summary>
    public const string HubModelName = "hub.onnx";

    /// <summary>The watch blob's name as shipped.</summary>
    public const string WatchBlobName = "watch.waim";

    /// <summary>The full evaluation report's name as shipped (with DET points, families and conditions).</summary>
    public const string EvalReportName = "eval-report.json";

    /// <summary>The hub model (ONNX).</summary>
    public required string Hub { get; init; }

    /// <summary>The watch blob, or null when none was shipped.</summary>
    public string? Watch { get; init; }

    /// <summary>The full evaluation report (the source of <see cref="ModelManifest.Metrics"/>), or null when none was shipped.</summary>
    public string? EvalReport { get; init; }
}
