using WearableAI.Shared.Audio;
using WearableAI.Shared.Common;
using WearableAI.Shared.Inference;
using WearableAI.Shared.Models;
using WearableAI.Training.Tiny;
using Xunit.Abstractions;

namespace WearableAI.Training.Tests.Tiny;

public class TinyExportTests(TrainedTinyModel trained, ITestOutputHelper output) : IClassFixture<TrainedTinyModel>
{
    /// <summary>The tiny model's share of the watch's 500,000 ops/s: the front end gets the rest.</summary>
    private const double ModelOpsBudget = 250_000;

    [Fact]
    public void The_exported_blob_streamed_through_ModelRunner_is_bit_exact_with_the_integer_reference()
    {
        TinyParityReport parity = trained.Export.Parity;
        output.WriteLine(parity.ToString());

        Assert.True(parity.BitExact, parity.ToString());
        Assert.Equal(5 + 8 + trained.Validation.Count, parity.Windows); // structured, random, validation windows
        Assert.True(parity.Rows >= parity.Windows * trained.Options.Shape.OutputFrames((int)trained.Validation.Features.shape[2])); // every row of every window compared
    }

    [Fact]
    public void The_integer_reference_agrees_closely_with_the_fake_quantised_float_model()
    {
        TinyParityReport parity = trained.Export.Parity;

        Assert.True(parity.ArgmaxAgreement >= 0.95, parity.ToString());
        Assert.True(parity.MeanLogitDiffLsb <= 0.5, parity.ToString());
        Assert.True(parity.MaxLogitDiffLsb <= 8, parity.ToString());
    }

    [Fact]
    public void The_blob_fits_the_watch_weight_memory_and_ops_budgets()
    {
        TinyParityReport parity = trained.Export.Parity;
        WatchModel model = trained.Export.Model;

        Assert.True(parity.WeightBytes <= ModelLimits.MaxWeightBytes, parity.ToString());
        Assert.True(parity.WorkingBytes <= ModelLimits.MaxWorkingBytes, parity.ToString());
        Assert.InRange(parity.OpsPerSecond, 10_000, ModelOpsBudget);
        // Steady state: one model step per 2 input frames (stem stride 2) at 31.25 frames/s.
        long perStep = model.Layers.Sum(l => l.OpsPerOutputFrame);
        Assert.Equal(perStep * 31.25 / 2, parity.OpsPerSecond, 6);
    }

    [Fact]
    public void The_blob_carries_the_vocabulary_threshold_front_end_and_version()
    {
        ModelBlobLoadResult loaded = ModelBlobLoader.Load(trained.Export.Blob);
        Assert.True(loaded.IsValid, loaded.Message);
        WatchModel model = loaded.Model!;
        var defaults = new FrontEndSettings();

        Assert.Equal(42u, model.ModelVersion);
        Assert.Equal(["hey_nano", "unknown", "silence"], model.Labels);
        Assert.Equal(0, model.WakeLabelIndex);
        Assert.Equal(trained.Result.WakeThreshold, model.WakeThreshold);
        Assert.Equal(defaults.MelBands, model.InputBands);
        Assert.Equal(defaults.HopSize, model.Settings.HopSize);
        Assert.Equal(defaults.LogOffset, model.Settings.LogOffset);
        Assert.Equal(trained.Result.Layers.Length, model.Layers.Length);
    }

    [Fact]
    public void A_wake_window_streamed_on_the_watch_fires_at_the_exported_threshold()
    {
        WatchModel model = trained.Export.Model;
        sbyte[][] windows = TinyFeatures.ToFrameMajor(trained.Validation.Features);
        long[] labels = trained.Validation.Labels.data<long>().ToArray();
        int fired = 0, wakes = 0;
        ModelRunner runner = model.CreateRunner();
        for (int w = 0; w < windows.Length; w++)
        {
            if (labels[w] != model.WakeLabelIndex)
            {
                continue;
            }

            wakes++;
            runner.Reset();
            bool any = false;
            for (int f = 0; f < windows[w].Length / model.InputBands; f++)
            {
                any |= runner.PushFrame(windows[w], f * model.InputBands, null) && model.WakeScore(runner.Scores, 0) >= model.WakeThreshold;
            }

            fired += any ? 1 : 0;
        }

        Assert.True(fired >= wakes * trained.Options.TargetRecall, $"{fired} of {wakes} wake windows fired");
    }
}
