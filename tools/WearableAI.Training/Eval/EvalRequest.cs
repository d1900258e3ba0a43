namespace WearableAI.Training.Eval;

/// <summary>What <c>wai eval</c> was asked to do.</summary>
/// <param name="DataFolder">Speech Commands-layout dataset.</param>
/// <param name="ModelsFolder">A <c>wai train</c> run folder or <c>models/</c>.</param>
/// <param name="JsonPath">Where the JSON report goes; the PNGs go beside it.</param>
/// <param name="Split"><c>test</c>, <c>validation</c>, <c>train</c>, <c>all</c>, or null: the test split when the data has <c>testing_list.txt</c>, else all.</param>
/// <param name="UseCache">Read and write the dataset's feature cache.</param>
/// <param name="Peer">Also run the peer recogniser (PocketSphinx) on the same clips and background.</param>
/// <param name="PeerParallel">Peer decoder processes run at once.</param>
/// <param name="Without">Leave-one-engine-out: per family, the report of models trained without it (same data and split).</param>
public sealed record EvalRequest(string DataFolder, string ModelsFolder, string JsonPath, string? Split = null, bool UseCache = true, bool Peer = false, int PeerParallel = 2, IReadOnlyList<string>? Without = null);
