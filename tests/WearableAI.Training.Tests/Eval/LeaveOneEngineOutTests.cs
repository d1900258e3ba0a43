using System.Text.Json.Nodes;
using WearableAI.Training.Data;
using WearableAI.Training.Eval;

namespace WearableAI.Training.Tests.Eval;

[Collection(EvaluatedRunCollection.Name)]
public sealed class LeaveOneEngineOutTests(EvaluatedRun run)
{
    [Fact]
    public void A_family_is_shown_with_its_figures_trained_with_it_and_without_it()
    {
        // The "without" run: this report with the family's hub wake miss changed to 0.75.
        JsonNode report = JsonNode.Parse(File.ReadAllText(run.JsonPath))!;
        string family = run.Report.Hub.Families!.First(f => f.WakeClips > 0).Name;
        JsonNode entry = report["hub"]!["families"]!.AsArray().First(f => (string)f!["name"]! == family)!;
        entry["wake_miss_rate"] = 0.75;
        string without = Path.Combine(run.Root, "without.json");
        File.WriteAllText(without, report.ToJsonString());

        IReadOnlyList<HeldOutFamily> rows = LeaveOneEngineOut.Compare(run.Report, [LeaveOneEngineOut.Parse($"{family}={without}")]);

        HeldOutFamily hub = rows.Single(r => r.Tier == "hub");
        Assert.Equal(family, hub.Family);
        Assert.Equal(run.Report.Hub.Families!.Single(f => f.Name == family).WakeMissRate, hub.WakeMissSeen);
        Assert.Equal(0.75, hub.WakeMissUnseen);
        Assert.Equal(["hub", "tiny", "cascade"], rows.Select(r => r.Tier));
    }

    [Fact]
    public void A_report_made_on_other_data_is_refused_in_one_line()
    {
        JsonNode report = JsonNode.Parse(File.ReadAllText(run.JsonPath))!;
        report["data_hash"] = "another";
        string other = Path.Combine(run.Root, "other-data.json");
        File.WriteAllText(other, report.ToJsonString());

        var e = Assert.Throws<DatasetException>(() => LeaveOneEngineOut.Compare(run.Report, [LeaveOneEngineOut.Parse($"espeak={other}")]));
        Assert.Contains("other data", e.Message, StringComparison.Ordinal);
        Assert.Throws<DatasetException>(() => LeaveOneEngineOut.Parse("espeak"));
    }
}
