namespace WearableAI.Training.Pipeline;

/// <summary>What <c>wai train</c> was asked to do.</summary>
/// <param name="DataFolder">Speech Commands-layout dataset.</param>
/// <param name="OutFolder">New run folder (<c>models/runs/&lt;name&gt;</c>); must not hold a run.</param>
/// <param name="WakePhrase">Wake phrase; null for the dataset manifest's (or "hey nano").</param>
/// <param name="Preset">Sizes and schedules.</param>
/// <param name="Seed">Seed of everything random.</param>
/// <param name="UseCache">Read and write the feature cache under the dataset.</param>
/// <param name="ReuseRun">A finished run on the same data whose teacher and hub model are kept (<see cref="ReusedRun"/>): only the watch model is trained; null trains every stage.</param>
public sealed record TrainRequest(string DataFolder, string OutFolder, string? WakePhrase, TrainPreset Preset, int Seed = 1, bool UseCache = true, string? ReuseRun = null);
