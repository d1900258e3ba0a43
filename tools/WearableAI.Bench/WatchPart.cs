using WearableAI.Firmware.Host.Watching;
using WearableAI.Shared.Models;

namespace WearableAI.Bench;

/// <summary>
/// The watch budgets: counted ops per second (secondary; the budgets are in interpreter instructions, <see cref="WatchClrPart"/>) of audio with speech and idle, model weights, working
/// buffers and allocation per frame, for the shipped model; the baseline is the reference model of
/// docs/kernels.md (same shapes as the worked example, random weights) measured in the same run.
/// </summary>
public static class WatchPart
{
    /// <summary>Measures.</summary>
    /// <param name="blob">The shipped watch.waim.</param>
    /// <param name="progress">Progress lines.</param>
    public static IEnumerable<BudgetRow> Measure(byte[] blob, Action<string> progress)
    {
        ModelBlobLoadResult loaded = ModelBlobLoader.Load(blob);
        WatchModel model = loaded.Model ?? throw new InvalidDataException($"watch.waim: {loaded.Message}");
        progress("watch: counting ops of the shipped model and the reference model (10 s speech-like + 10 s quiet each)");
        BudgetFigures shipped = BudgetReport.Measure(model);
        BudgetFigures reference = BudgetReport.Measure(ReferenceModel.Create());
        (double perFrame, int wakes) = WatchAllocation.Measure(blob);
        (double refPerFrame, _) = WatchAllocation.Measure(WatchAllocation.Blob(ReferenceModel.Create()));
        const string Source = "BudgetReport: firmware core on simulated hardware, counted ops (OpCounter) per second of audio";
        string Ref(double v) => $"reference model {BudgetRow.Number(v)}";
        // Counted ops: the secondary figure (the budget is in interpreter instructions, part watch-clr; the old limits were 500,000 and 50,000 ops/s).
        yield return BudgetRow.Info(DesignBudgets.WatchSpeech, "counted ops/s, speech-like signal (gate + front end + model; secondary figure)", Math.Round(shipped.SpeechOpsPerSecond), "ops/s", Ref(reference.SpeechOpsPerSecond), Source);
        yield return BudgetRow.Info(DesignBudgets.WatchIdle, "counted ops/s, quiet noise (gate only; secondary figure)", Math.Round(shipped.IdleOpsPerSecond), "ops/s", Ref(reference.IdleOpsPerSecond), Source);
        yield return BudgetRow.Check(DesignBudgets.WatchMemory, "tiny model weights", shipped.ModelWeightBytes, "B", 16_384, true, Ref(reference.ModelWeightBytes), "model runner's parameter bytes");
        yield return BudgetRow.Check(DesignBudgets.WatchMemory, "model working buffers", shipped.ModelWorkingBytes, "B", 24_576, true, Ref(reference.ModelWorkingBytes), "runner buffers, smoothing, label sums");
        yield return BudgetRow.Check(DesignBudgets.WatchMemory, "listening pipeline, all buffers", shipped.PipelineBytes, "B", 24_576, true, Ref(reference.PipelineBytes), "pre-roll PCM ring, front end, model, feature windows");
        yield return BudgetRow.Check(DesignBudgets.WatchMemory, "allocation per 32 ms frame (steady state)", perFrame, "B/frame", 0, true, Ref(refPerFrame),
            $"GC.GetAllocatedBytesForCurrentThread over 10 s of quiet + speech-like signal ({wakes} wake candidates sent)");
        yield return BudgetRow.Info(DesignBudgets.WatchMemory, "link buffers + offline queue", shipped.LinkBytes, "B", "", "2 × max frame + 4 queued candidates");
    }
}
