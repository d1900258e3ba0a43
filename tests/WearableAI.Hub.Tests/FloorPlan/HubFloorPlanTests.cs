namespace WearableAI.Hub.Tests.FloorPlan;

/// <summary>
/// The hub's rooms depend one way (docs/architecture.md, "The hub's floor plan"): read from the source, each
/// folder's namespace is its name, so what a folder uses is exactly its <c>using WearableAI.Hub.X</c> lines and
/// its qualified <c>X.Type</c> references (the compiler admits no other way in), and no two folders may reach
/// each other through those, directly or round a longer loop.
/// </summary>
public sealed class HubFloorPlanTests
{
    [Fact]
    public void Every_hub_folder_is_its_own_namespace()
    {
        var wrong = HubSource.Files().Where(f => !f.IsCompositionRoot && f.Namespace != f.ExpectedNamespace).Select(f => $"{f.RelativePath}: {f.Namespace}").ToList();

        Assert.True(wrong.Count == 0, "files whose namespace is not their folder's:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void No_two_hub_folders_depend_on_each_other()
    {
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> graph = HubSource.Dependencies();
        Assert.Contains("Arbitration", graph["Ingest"].Keys); // the frame flows down: receive → recognise → deliver
        Assert.Contains("ResultDelivery", graph["Arbitration"].Keys);

        var loops = HubSource.Loops(graph).Select(loop => $"{string.Join(", ", loop)}: {Why(graph, loop)}").ToList();

        Assert.True(loops.Count == 0, "hub folders that depend on each other:\n" + string.Join("\n", loops));
    }

    [Fact]
    public void The_check_sees_a_loop_when_there_is_one()
    {
        var graph = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["Ingest"] = new Dictionary<string, string> { ["Arbitration"] = "FramePipeline.cs" },
            ["Arbitration"] = new Dictionary<string, string> { ["ResultDelivery"] = "WakeArbiter.cs" },
            ["ResultDelivery"] = new Dictionary<string, string> { ["Ingest"] = "CommandClassifier.cs", ["Storage"] = "ResultStore.cs" },
            ["Storage"] = new Dictionary<string, string>(),
        };

        IReadOnlyList<string> loop = Assert.Single(HubSource.Loops(graph));
        Assert.Equal(["Arbitration", "Ingest", "ResultDelivery"], loop.Order());
    }

    /// <summary>Every use inside the loop, as "A → B (file:line)".</summary>
    private static string Why(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> graph, IReadOnlyList<string> loop) =>
        string.Join("; ", loop.SelectMany(from => graph[from].Where(use => loop.Contains(use.Key)).Select(use => $"{from} → {use.Key} ({use.Value})")));
}
