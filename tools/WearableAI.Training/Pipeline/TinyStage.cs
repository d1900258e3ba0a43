using WearableAI.Training.Data;
using WearableAI.Training.Hub;
using WearableAI.Training.Models;

namespace WearableAI.Training.Pipeline;

/// <summary>
/// The watch-model stage of <c>wai train</c>: hands the training windows and the teacher to the
/// tiny-model trainer (tools/WearableAI.Training/Tiny: QAT, pruning, distillation, blob export) and
/// writes its blob, config.json and metrics.json under <c>tiny/</c>.
/// </summary>
public static class TinyStage
{
    /// <summary>True once the tiny-model trainer is wired in.</summary>
    public static bool Available => false;

    /// <summary>Runs the stage; returns null (and reports why) while the tiny trainer is not wired in.</summary>
    /// <param name="folder">The run's <c>tiny/</c> folder.</param>
    /// <param name="train">Training windows (stored 48-frame windows, int8).</param>
    /// <param name="validation">Validation clips.</param>
    /// <param name="vocabulary">The classes (the tiny model maps them to its own few).</param>
    /// <param name="teacher">The trained teacher, for soft targets.</param>
    /// <param name="seed">The run's seed.</param>
    /// <param name="progress">Progress sink.</param>
    public static ModelMetrics? Run(string folder, WindowSet train, ClipFeatures validation, Vocabulary vocabulary, KeywordNet teacher, int seed, IWorkProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        // ── TINY-HELPER CALL SITE ───────────────────────────────────────────────────────────
        // When tools/WearableAI.Training/Tiny lands on main: build input tensors from `train`
        // (BatchBuilder.Build, 48-frame windows), teacher logits with ModelInference.Logits(teacher, …),
        // call the tiny trainer's API with them, write its blob to `folder`/tiny.blob and its
        // config.json/metrics.json (ModelConfig/ModelMetrics, Model = "tiny"), and return the metrics.
        // ─────────────────────────────────────────────────────────────────────────────────────
        _ = (folder, train, validation, vocabulary, teacher, seed);
        progress.Report("tiny: skipped — the tiny watch-model trainer (tools/WearableAI.Training/Tiny) is not wired in yet");
        return null;
    }
}
