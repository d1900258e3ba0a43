using WearableAI.Shared.Models;

namespace WearableAI.Training.Tiny;

/// <summary>
/// Writes a trained tiny model as the watch blob (docs/model-blob.md), loads it back with the
/// watch's own <see cref="ModelBlobLoader"/> and checks it with <see cref="TinyParity"/>.
/// </summary>
public static class TinyExporter
{
    /// <summary>Exports and checks; refuses (throws) a blob the loader rejects or that is not bit-exact.</summary>
    /// <param name="trained">The result of <see cref="TinyTrainer.Train"/>.</param>
    /// <param name="options">Version, refractory period and golden windows.</param>
    /// <returns>Blob bytes, the loaded model and the parity report.</returns>
    public static TinyExportResult Export(TinyTrainingResult trained, TinyExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(trained);
        ArgumentNullException.ThrowIfNull(options);
        TinyTrainingOptions training = trained.Options;
        var model = new WatchModel
        {
            ModelVersion = options.ModelVersion,
            Settings = training.FrontEnd.Clone(),
            Labels = training.Labels.ToArray(),
            WakeLabelIndex = training.WakeIndex,
            WakeThreshold = trained.WakeThreshold,
            WakeScoreIsMargin = training.WakeScoreIsMargin,
            SmoothingFrames = training.SmoothingFrames,
            RefractoryFrames = options.RefractoryFrames,
            InputBands = training.Shape.Bands,
            InputStride = 1,
            Layers = trained.Layers,
        };
        byte[] blob = ModelBlobWriter.Write(model);
        ModelBlobLoadResult loaded = ModelBlobLoader.Load(blob);
        if (!loaded.IsValid || loaded.Model is null)
        {
            throw new InvalidOperationException($"The exported tiny model blob is refused by the watch loader: {loaded.Error}: {loaded.Message}");
        }

        var golden = new List<sbyte[]>(GoldenInputs.Create(training.Shape.Bands, Math.Max(options.GoldenFrames, training.Shape.ReceptiveField), options.RandomGoldenWindows, options.GoldenSeed));
        TinyParityReport parity = TinyParity.Check(trained.Model, trained.Layers, loaded.Model, golden);
        if (options.GoldenFeatures is not null)
        {
            TinyParityReport extra = TinyParity.Check(trained.Model, trained.Layers, loaded.Model, TinyFeatures.ToFrameMajor(options.GoldenFeatures));
            parity = Merge(parity, extra);
        }

        if (!parity.BitExact)
        {
            throw new InvalidOperationException($"The exported tiny model is not bit-exact with its integer reference: {parity}");
        }

        return new TinyExportResult(blob, loaded.Model, parity);
    }

    private static TinyParityReport Merge(TinyParityReport a, TinyParityReport b)
    {
        int rows = a.Rows + b.Rows;
        return a with
        {
            Windows = a.Windows + b.Windows,
            Rows = rows,
            Mismatches = a.Mismatches + b.Mismatches,
            ArgmaxAgreement = ((a.ArgmaxAgreement * a.Rows) + (b.ArgmaxAgreement * b.Rows)) / rows,
            MaxLogitDiffLsb = Math.Max(a.MaxLogitDiffLsb, b.MaxLogitDiffLsb),
            MeanLogitDiffLsb = ((a.MeanLogitDiffLsb * a.Rows) + (b.MeanLogitDiffLsb * b.Rows)) / rows,
        };
    }
}
