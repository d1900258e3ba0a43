using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using WearableAI.Shared.Audio;
using WearableAI.Shared.Protocol;
using WearableAI.Training.Data;
using WearableAI.Training.Eval.Peer;
using WearableAI.Training.Pipeline;

namespace WearableAI.Training.Eval;

/// <summary>
/// <c>wai eval</c>: every tier (teacher, hub ONNX, tiny float, tiny int8) and the cascade on one
/// dataset split, with DET curves, confusion matrices, the watch's cost figures and each budget of
/// DESIGN.md checked; writes the JSON report and PNG plots (docs/evaluation.md).
/// </summary>
public static class Evaluation
{
    /// <summary>Serializer options of the report: snake_case keys, indented, nulls left out.</summary>
    public static readonly JsonSerializerOptions ReportJson = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Runs the evaluation and writes the report and plots.</summary>
    /// <exception cref="DatasetException">Bad input (one line for the user).</exception>
    public static EvalReport Run(EvalRequest request, IWorkProgress progress)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(progress);
        var clock = Stopwatch.StartNew();
        var without = (request.Without ?? []).Select(LeaveOneEngineOut.Parse).ToArray();
        ModelSet models = ModelSet.Open(request.ModelsFolder);
        string wake = models.WakePhrase;
        DatasetFolder dataset = DatasetFolder.Scan(request.DataFolder, wake);
        if (!dataset.Vocabulary.Labels.SequenceEqual(models.Labels))
        {
            throw new DatasetException($"the models' classes ({string.Join(", ", models.Labels)}) differ from the dataset's ({string.Join(", ", dataset.Vocabulary.Labels)})");
        }

        var settings = models.Tiny?.Model.Settings.Clone() ?? new FrontEndSettings();
        string? cache = request.UseCache ? Path.Combine(dataset.Root, FeatureCache.FolderName) : null;
        FeatureSet features = FeatureBuilder.Build(dataset, settings, cache, progress, out _);
        (DataSplit? split, string splitName) = ChooseSplit(request.Split, dataset);
        var data = new EvalData(dataset, features, split, settings);
        if (data.Clips.Count == 0) throw new DatasetException($"the {splitName} split of {dataset.Root} holds no clips (choose another with --split)");
        var notes = new List<string>(models.Notes);
        progress.Report($"data: {data.Clips.Count} {splitName} clips ({data.WakeClips.Length} wake), {data.StreamHours.Background * 60:F1} min background, {data.StreamHours.NegativeClips * 60:F1} min negative clips");

        TierReport? teacher = null;
        if (models.Teacher is (string teacherWeights, var teacherShape))
        {
            using var net = new TorchClassifier("teacher", teacherWeights, teacherShape);
            teacher = ClassifierEvaluation.Run(net, data, models.HubWakeThreshold, progress);
        }

        using var hubModel = new OnnxClassifier(models.HubOnnx);
        TierReport hub = ClassifierEvaluation.Run(hubModel, data, models.HubWakeThreshold, progress) with { OnnxBytes = new FileInfo(models.HubOnnx).Length };

        TierReport? tiny = null, tinyFloat = null, cascade = null;
        if (models.Tiny is (_, var watch))
        {
            TinyRun run = TinyEvaluation.Run(watch, data, progress);
            progress.Report("tiny: counting ops over speech clips (front end + model)");
            double speechOps = WatchCost.SpeechOpsPerSecond(watch, dataset, TinyEvaluation.SpeechClips(data));
            (double? drop, string? dropSource) = (null, null);
            if (models.TinyFloat is (string floatWeights, var floatShape))
            {
                double floatAccuracy = TinyFloatEvaluation.Accuracy(floatWeights, floatShape, data, TinyEvaluation.TinyLabels(watch, data.Vocabulary), watch.WakeLabelIndex);
                tinyFloat = new TierReport { Name = "tiny_float", Accuracy = floatAccuracy, Note = "float weights, fake quantisation off, same windows as the int8 tier" };
                drop = (floatAccuracy - run.Report.Accuracy!.Value) * 100;
                dropSource = "tiny float vs tiny int8 on the evaluated clips";
            }
            else if (TrainingDrop(models) is double trained)
            {
                drop = trained;
                dropSource = "training metrics (validation split): float before QAT vs integer — no float weights in the models folder";
            }

            tiny = run.Report with
            {
                OpsPerSecondSpeech = speechOps,
                OpsPerSecondIdle = WatchCost.IdleOpsPerSecond(watch.Settings),
                OpsPerSecondIdleSource = WatchCost.IdleSource,
                QuantizationAccuracyDrop = drop,
                QuantizationAccuracyDropSource = dropSource,
            };
            progress.Report("cascade: wake clips in running audio through the tiny model, hub verifies each trigger's window after the post-roll");
            cascade = CascadeEvaluation.Run(run, watch, hubModel, data, models.HubWakeThreshold, WakeCandidateWindow.PostRollFrames);
            notes.Add($"cascade: as the watch sends it (wake clips in running audio, window ending {WakeCandidateWindow.PostRollFrames} frames after the trigger); "
                + $"clip-centred as measured before: miss {cascade.ClipCentredWakeMissRate * 100:0.0} %, {cascade.ClipCentredFalseAcceptsPerHour:0.##} FA/h");
        }

        TierReport? peer = null;
        if (request.Peer)
        {
            var background = features.Background.Select(b => (b.Path, b.TrainingFrames * settings.InputSamplesPerHop)).ToArray();
            peer = PeerEvaluation.Run(data, background, new SphinxRecogniser(request.PeerParallel), progress, notes);
        }

        if (!data.Clips.Paths.Select(EngineFamily.ConditionOf).Contains(EngineFamily.Noisy))
        {
            notes.Add("clean only: no clip name marks mixed-in noise (an `_snr<dB>` token after the index, e.g. yes/mbrola.de4_nohash_3_snr10.wav), so there is no noisy split");
        }

        TierReport?[] tiers = [teacher, hub, tinyFloat, tiny, cascade, peer];
        string jsonPath = Path.GetFullPath(request.JsonPath);
        string plotFolder = Path.GetDirectoryName(jsonPath)!;
        IReadOnlyList<string> plots = EvalPlots.Write(plotFolder, tiers.OfType<TierReport>());
        var report = new EvalReport
        {
            Data = dataset.Root,
            Split = splitName,
            Models = models.Root,
            DataHash = features.DataHash,
            Clips = data.Clips.Count,
            WakeClips = data.WakeClips.Length,
            BackgroundHours = data.StreamHours.Background,
            NegativeClipHours = data.StreamHours.NegativeClips,
            Teacher = teacher,
            Hub = hub,
            TinyFloat = tinyFloat,
            Tiny = tiny,
            Cascade = cascade,
            Peer = peer,
            Budgets = Budgets.Check(hub, tiny, cascade),
            Notes = notes,
            Plots = plots,
            Seconds = Math.Round(clock.Elapsed.TotalSeconds, 1),
        };
        if (without.Length > 0) report = report with { LeaveOneEngineOut = LeaveOneEngineOut.Compare(report, without) };
        File.WriteAllText(jsonPath, JsonSerializer.Serialize(report, ReportJson) + "\n");
        return report;
    }

    private static (DataSplit? Split, string Name) ChooseSplit(string? requested, DatasetFolder dataset)
    {
        string name = requested ?? (dataset.Clips.Any(c => c.Split == DataSplit.Test) ? "test" : "all");
        return name switch
        {
            "test" => (DataSplit.Test, name),
            "validation" => (DataSplit.Validation, name),
            "train" => (DataSplit.Train, name),
            "all" => (null, name),
            _ => throw new DatasetException($"unknown split '{name}': use test, validation, train or all"),
        };
    }

    private static double? TrainingDrop(ModelSet models)
    {
        if (models.TinyTrainingMetrics is not JsonElement metrics) return null;
        double? floatAccuracy = Find(metrics, "floatAccuracy");
        double? integerAccuracy = Find(metrics, "integerAccuracy");
        return floatAccuracy is double f && integerAccuracy is double i ? (f - i) * 100 : null;
    }

    private static double? Find(JsonElement element, string name)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty property in element.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.Number) return property.Value.GetDouble();
                if (Find(property.Value, name) is double found) return found;
            }
        }

        return null;
    }
}
