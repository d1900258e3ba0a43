namespace WearableAI.Training.Pipeline;

/// <summary>The outcome of a finished <c>wai train</c> run, for the final summary.</summary>
/// <param name="Folder">The run folder.</param>
/// <param name="DataHash">Hash of the data trained on.</param>
/// <param name="Clips">Clips per split (train, validation, test).</param>
/// <param name="FeaturesFromCache">True when features came from the cache.</param>
/// <param name="Models">Metrics of each model built, in stage order.</param>
/// <param name="StageSeconds">Wall-clock seconds per stage (features, teacher, hub, tiny, export).</param>
public sealed record RunSummary(string Folder, string DataHash, IReadOnlyList<int> Clips, bool FeaturesFromCache, IReadOnlyList<ModelMetrics> Models, IReadOnlyDictionary<string, double> StageSeconds)
{
    /// <summary>Total seconds.</summary>
    public double TotalSeconds => StageSeconds.Values.Sum();
}
