using System.Diagnostics;
using TorchSharp;
using WearableAI.Training.Data;
using WearableAI.Training.Models;
using static TorchSharp.torch;

namespace WearableAI.Training.Hub;

/// <summary>
/// Trains a <see cref="KeywordNet"/> on stored windows: AdamW with cosine decay, steps alternating
/// between 48-frame (wake) and 40-frame (command) random crops, some stitched as the hub meets them
/// (<see cref="WindowStitcher"/>), SpecAugment-style masking, and
/// either cross-entropy or — given a teacher — the <see cref="DistillationLoss"/> against the
/// teacher's logits on the very same augmented batch. After each epoch it validates and keeps the
/// best weights; it stops after <see cref="TrainingOptions.Patience"/> epochs without improvement.
/// Deterministic for a seed (single-process CPU).
/// </summary>
public static class ClassifierTrainer
{
    /// <summary>Trains <paramref name="model"/> in place; on return it holds the best epoch's weights.</summary>
    /// <param name="name">Shown in progress (<c>teacher</c>, <c>hub</c>).</param>
    /// <param name="model">The network to train.</param>
    /// <param name="train">Training windows.</param>
    /// <param name="validation">Validation evaluator.</param>
    /// <param name="options">Hyper-parameters.</param>
    /// <param name="seed">Seed of weights order, crops, masks and dropout.</param>
    /// <param name="teacher">Teacher for distillation, or null for plain cross-entropy.</param>
    /// <param name="progress">Progress sink (one unit per step; a line per epoch).</param>
    public static TrainingHistory Train(string name, KeywordNet model, WindowSet train, HubEvaluator validation, TrainingOptions options, int seed, KeywordNet? teacher, IWorkProgress progress)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(validation);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(progress);
        if (train.Count == 0) throw new DatasetException("no training clips: the split lists put every clip in validation or test");
        var clock = Stopwatch.StartNew();
        torch.manual_seed(seed);
        var random = new Random(seed);
        int batch = Math.Min(options.BatchSize, train.Count);
        int steps = (train.Count + batch - 1) / batch;
        if (options.MaxStepsPerEpoch is int cap) steps = Math.Min(steps, cap);
        long totalSteps = (long)steps * options.Epochs;
        using var optimizer = torch.optim.AdamW(model.parameters(), options.LearningRate, weight_decay: options.WeightDecay);
        teacher?.eval();

        var epochs = new List<EpochResult>();
        Dictionary<string, Tensor>? best = null;
        int bestEpoch = 0;
        double bestScore = double.NegativeInfinity;
        int[] order = Enumerable.Range(0, train.Count).ToArray();
        int classes = model.Shape.Classes; // the vocabulary's order: wake first, unknown and silence last
        WindowStitcher? stitcher = options.StitchProbability > 0 ? new WindowStitcher(train, options.StitchProbability, 0, classes - 2, classes - 1) : null;
        long step = 0;
        var hardness = new Dictionary<int, int>(); // hard negative → rounds it has stayed hard
        progress.Begin($"{name}: training", totalSteps);
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            model.train();
            int[] epochOrder = [.. order, .. hardness.SelectMany(h => Enumerable.Repeat(h.Key, Math.Min(4, h.Value)))];
            random.Shuffle(epochOrder);
            int epochSteps = Math.Min(options.MaxStepsPerEpoch ?? int.MaxValue, (epochOrder.Length + batch - 1) / batch);
            double lossSum = 0;
            for (int s = 0; s < epochSteps; s++, step++)
            {
                SetLearningRate(optimizer, options.LearningRate * 0.5 * (1 + Math.Cos(Math.PI * Math.Min(step, totalSteps) / totalSteps)));
                int frames = step % 2 == 0 ? FeatureWindows.WakeFrames : FeatureWindows.CommandFrames;
                int start = (s * batch) % epochOrder.Length;
                int[] indices = Enumerable.Range(start, batch).Select(i => epochOrder[i % epochOrder.Length]).ToArray();
                (float[] features, long[] labels) = BatchBuilder.Build(train, indices, frames, randomCrop: true, options.EffectiveAugmentation, random, stitcher, wholeInTime: 0);
                using var scope = NewDisposeScope();
                Tensor input = torch.tensor(features, [batch, train.Bands, frames]);
                Tensor target = torch.tensor(labels);
                Tensor logits = model.forward(input);
                Tensor loss;
                if (teacher == null)
                {
                    loss = nn.functional.cross_entropy(logits, target);
                }
                else
                {
                    Tensor teacherLogits;
                    using (torch.no_grad()) teacherLogits = teacher.forward(input);
                    loss = DistillationLoss.Compute(logits, teacherLogits, target, options.Temperature, options.Alpha);
                }

                optimizer.zero_grad();
                loss.backward();
                optimizer.step();
                lossSum += loss.item<float>();
                progress.Advance(1);
            }

            HubMetrics metrics = validation.Evaluate(model, streamBackground: false);
            var result = new EpochResult(epoch, lossSum / epochSteps, metrics);
            if (options.MiningFromEpoch > 0 && epoch >= options.MiningFromEpoch && epoch < options.Epochs)
            {
                int[] hard = HardNegativeMiner.Mine(model, train, wakeLabel: 0, options.MiningMax, random);
                foreach (int index in hardness.Keys.Except(hard).ToArray()) hardness.Remove(index);
                foreach (int index in hard) hardness[index] = hardness.GetValueOrDefault(index) + 1;
                progress.Report($"{name} epoch {epoch}: {hard.Length} hard negatives mined (at most {options.MiningMax}); shown up to 4× next epoch");
            }

            epochs.Add(result);
            bool improved = metrics.Score > bestScore;
            progress.Report($"{name} epoch {epoch}/{options.Epochs}: loss {result.TrainLoss:F3}; validation {metrics}{(improved ? " *" : string.Empty)}");
            if (improved)
            {
                bestScore = metrics.Score;
                bestEpoch = epoch;
                DisposeState(best);
                best = model.state_dict().ToDictionary(kv => kv.Key, kv => kv.Value.detach().clone());
            }
            else if (epoch - bestEpoch >= options.Patience)
            {
                break;
            }
        }

        if (best != null)
        {
            model.load_state_dict(best);
            DisposeState(best);
        }

        model.eval();
        return new TrainingHistory(epochs, bestEpoch, epochs.Count < options.Epochs, clock.Elapsed.TotalSeconds);
    }

    private static void SetLearningRate(TorchSharp.Modules.OptimizerHelper optimizer, double rate)
    {
        foreach (TorchSharp.Modules.ParamGroup group in optimizer.ParamGroups) group.LearningRate = rate;
    }

    private static void DisposeState(Dictionary<string, Tensor>? state)
    {
        if (state == null) return;
        foreach (Tensor tensor in state.Values) tensor.Dispose();
    }
}
