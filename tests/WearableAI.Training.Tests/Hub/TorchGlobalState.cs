namespace WearableAI.Training.Tests.Hub;

/// <summary>
/// Tests that need torch's process-wide state (the global generator behind dropout, the thread
/// count) untouched while they run: xunit runs this collection alone, after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TorchGlobalState
{
    public const string Name = "torch global state";
}
