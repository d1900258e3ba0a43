using WearableAI.Training.Tiny;

namespace WearableAI.Training.Tests.Tiny;

/// <summary>One small training run (with a teacher) shared by the tests that need a trained model.</summary>
public sealed class TrainedTinyModel : IDisposable
{
    public TrainedTinyModel()
    {
        Train = SyntheticWakeTask.Create(360, seed: 11, withTeacher: true);
        Validation = SyntheticWakeTask.Create(150, seed: 12);
        Options = new TinyTrainingOptions
        {
            Seed = 3,
            BatchSize = 32,
            FloatEpochs = 10,
            ChannelSparsity = 0.25,
            PruningSteps = 2,
            EpochsPerPruningStep = 2,
            QatEpochs = 4,
        };
        var reports = new List<TinyTrainingProgress>();
        Result = TinyTrainer.Train(Train, Validation, Options, new SynchronousProgress(reports.Add));
        Progress = reports;
        Export = TinyExporter.Export(Result, new TinyExportOptions { ModelVersion = 42, GoldenFeatures = Validation.Features });
    }

    public TinyTrainingData Train { get; }

    public TinyTrainingData Validation { get; }

    public TinyTrainingOptions Options { get; }

    public TinyTrainingResult Result { get; }

    public IReadOnlyList<TinyTrainingProgress> Progress { get; }

    public TinyExportResult Export { get; }

    public void Dispose() => Result.Model.Dispose();

    /// <summary>IProgress that reports on the calling thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<TinyTrainingProgress> report) : IProgress<TinyTrainingProgress>
    {
        public void Report(TinyTrainingProgress value) => report(value);
    }
}
