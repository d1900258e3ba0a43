namespace WearableAI.Training.Data;

/// <summary>Everything training needs from a dataset: per-split clip windows and background streams, with what they were computed from.</summary>
/// <param name="DataHash">Hash of the dataset's files (see <see cref="DataHasher"/>).</param>
/// <param name="FrontEndKey">The front-end settings, as <see cref="FeatureCache.SettingsKey"/> writes them.</param>
/// <param name="Train">Training clips.</param>
/// <param name="Validation">Validation clips.</param>
/// <param name="Test">Test clips (held-out voices).</param>
/// <param name="Background">Long recordings.</param>
public sealed record FeatureSet(string DataHash, string FrontEndKey, ClipFeatures Train, ClipFeatures Validation, ClipFeatures Test, IReadOnlyList<BackgroundStream> Background)
{
    /// <summary>The split's clips.</summary>
    public ClipFeatures Split(DataSplit split) => split switch
    {
        DataSplit.Train => Train,
        DataSplit.Validation => Validation,
        _ => Test,
    };
}
