using WearableAI.Training.Tiny;

namespace WearableAI.Training.Tests.Tiny;

public class TinyDeterminismTests
{
    [Fact]
    public void The_same_data_options_and_seed_give_the_same_blob()
    {
        TinyTrainingData data = SyntheticWakeTask.Create(96, seed: 21);
        var options = new TinyTrainingOptions { Seed = 9, BatchSize = 32, FloatEpochs = 2, PruningSteps = 1, EpochsPerPruningStep = 1, QatEpochs = 1, CalibrationBatches = 2 };

        byte[] first = ExportOnce(data, options);
        byte[] second = ExportOnce(data, options);

        Assert.Equal(first, second);
    }

    private static byte[] ExportOnce(TinyTrainingData data, TinyTrainingOptions options)
    {
        TinyTrainingResult result = TinyTrainer.Train(data, null, options);
        using TinyKeywordNet net = result.Model;
        return TinyExporter.Export(result, new TinyExportOptions { RandomGoldenWindows = 1 }).Blob;
    }
}
