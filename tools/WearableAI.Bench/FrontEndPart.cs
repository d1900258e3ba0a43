using WearableAI.Shared.Audio;
using WearableAI.FrontEndReference;

namespace WearableAI.Bench;

/// <summary>The front-end budget: fixed point vs the float reference (NWaves-checked) on the golden signal set, as `wai frontend --report`.</summary>
public static class FrontEndPart
{
    /// <summary>Measures.</summary>
    public static IEnumerable<BudgetRow> Measure()
    {
        FrontEndReport report = FrontEndReport.Measure(new FrontEndSettings());
        const string Source = "FrontEndReport: golden synthetic signals through the fixed-point and the float front end";
        yield return BudgetRow.Check(DesignBudgets.FrontEnd, "int8 features vs float log-mel energies", Math.Round(report.SnrInt8Db, 1), "dB", 40, false, $"before int8 rounding (Q16 log2) {report.SnrLog2Db:0.0} dB", Source);
        yield return BudgetRow.Info(DesignBudgets.FrontEnd, "front end alone, counted", Math.Round(report.OpsPerSecond), "ops/s", "", Source);
    }
}
