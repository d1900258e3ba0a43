using WearableAI.Training.Tiny;
using Xunit.Abstractions;

namespace WearableAI.Training.Tests.Tiny;

public class TinyTrainingTests(TrainedTinyModel trained, ITestOutputHelper output) : IClassFixture<TrainedTinyModel>
{
    [Fact]
    public void The_integer_model_learns_the_synthetic_wake_task_far_above_chance()
    {
        output.WriteLine(trained.Result.Metrics.ToString());

        Assert.True(trained.Result.Metrics.IntegerAccuracy > 0.85, trained.Result.Metrics.ToString());
    }

    [Fact]
    public void Quantisation_costs_at_most_a_few_points_of_accuracy()
    {
        TinyMetrics metrics = trained.Result.Metrics;
        output.WriteLine($"float {metrics.FloatAccuracy:P1} → fake-quant {metrics.FakeQuantAccuracy:P1} → integer {metrics.IntegerAccuracy:P1}: drop {metrics.QuantisationDropPoints:F1} points");

        Assert.True(metrics.QuantisationDropPoints <= 3.0, metrics.ToString());
        Assert.True(Math.Abs(metrics.FakeQuantAccuracy - metrics.IntegerAccuracy) <= 0.03, metrics.ToString());
    }

    [Fact]
    public void Pruning_removes_the_configured_share_of_channels_from_every_group()
    {
        TinyNetShape before = trained.Options.Shape;
        TinyNetShape after = trained.Result.Model.Shape;
        output.WriteLine($"stem {before.StemChannels} → {after.StemChannels}, blocks {string.Join(",", before.Blocks.Select(b => b.Channels))} → {string.Join(",", after.Blocks.Select(b => b.Channels))}; parameters {trained.Result.Metrics.ParametersBeforePruning} → {trained.Result.Metrics.ParametersAfterPruning}");

        static int Kept(int channels) => channels - (int)Math.Round(channels * 0.25, MidpointRounding.AwayFromZero); // 25 % pruned
        Assert.Equal(Kept(before.StemChannels), after.StemChannels);
        Assert.Equal(before.Blocks.Select(b => Kept(b.Channels)), after.Blocks.Select(b => b.Channels));
        Assert.True(trained.Result.Metrics.ParametersAfterPruning < trained.Result.Metrics.ParametersBeforePruning * 0.7);
    }

    [Fact]
    public void The_tuned_wake_threshold_catches_the_target_share_of_wake_windows()
    {
        TinyMetrics metrics = trained.Result.Metrics;
        output.WriteLine($"threshold {trained.Result.WakeThreshold}: recall {metrics.WakeRecall:P1}, false accepts {metrics.FalseAcceptRate:P1}");

        Assert.True(metrics.WakeRecall >= trained.Options.TargetRecall);
        Assert.True(metrics.FalseAcceptRate < 0.2, metrics.ToString());
    }

    [Fact]
    public void Every_epoch_of_every_phase_is_reported()
    {
        int expected = trained.Options.FloatEpochs + (trained.Options.PruningSteps * trained.Options.EpochsPerPruningStep) + trained.Options.QatEpochs;

        Assert.Equal(expected, trained.Progress.Count);
        Assert.Equal(["float", "prune 1/2", "prune 2/2", "qat"], trained.Progress.Select(p => p.Phase).Distinct());
        Assert.All(trained.Progress, p => Assert.True(double.IsFinite(p.Loss)));
    }
}
