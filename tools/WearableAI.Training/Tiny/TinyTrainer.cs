using TorchSharp;
using WearableAI.Shared.Inference;
using static TorchSharp.torch;

namespace WearableAI.Training.Tiny;

/// <summary>
/// Trains the tiny watch model: float training (with distillation when teacher logits are given),
/// gradual structured pruning with fine-tuning, compaction, quantisation-aware training, then
/// conversion to int8 layers and wake-threshold tuning on the integer reference.
/// </summary>
/// <remarks>
/// Deterministic for a seed: the initial weights come from a torch generator of its own and
/// shuffling from a <see cref="Random"/>, both seeded with the seed (torch's global generator,
/// shared with anything else in the process, is not used), and libtorch runs on <see cref="TinyTrainingOptions.Threads"/> threads
/// (<c>torch.set_num_threads</c> is process-wide; with 1 thread float sums are reproducible).
/// </remarks>
public static class TinyTrainer
{
    private const int EvaluationBatch = 512;

    /// <summary>Runs the whole pipeline.</summary>
    /// <param name="data">Training windows.</param>
    /// <param name="validation">Validation windows (metrics and threshold); null uses the training data.</param>
    /// <param name="options">Options.</param>
    /// <param name="progress">Receives one report per epoch, or null.</param>
    /// <returns>The trained model and its figures.</returns>
    public static TinyTrainingResult Train(TinyTrainingData data, TinyTrainingData? validation, TinyTrainingOptions options, IProgress<TinyTrainingProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        options.Check();
        data.Check(options.Shape);
        validation ??= data;
        validation.Check(options.Shape);
        torch.set_num_threads(options.Threads);
        var random = new Random(options.Seed);
        using Tensor? teacher = data.TeacherLogits is null || data.TeacherClassMap is null
            ? null
            : DistillationLoss.TeacherTargets(data.TeacherLogits, data.TeacherClassMap, options.Shape.Classes, options.Temperature);

        using var generator = new Generator((ulong)options.Seed);
        generator.manual_seed(options.Seed);
        TinyKeywordNet net = new(options.Shape, generator);
        long parametersBefore = net.ParameterCount;
        RunEpochs(net, data, teacher, validation, options, random, "float", options.FloatEpochs, options.LearningRate, progress);

        if (options.ChannelSparsity > 0)
        {
            for (int step = 1; step <= options.PruningSteps; step++)
            {
                ChannelPruner.Prune(net, ChannelPruner.SparsityAt(step, options.PruningSteps, options.ChannelSparsity));
                RunEpochs(net, data, teacher, validation, options, random, $"prune {step}/{options.PruningSteps}", options.EpochsPerPruningStep, options.LearningRate, progress);
            }

            TinyKeywordNet compact = ChannelPruner.Compact(net);
            net.Dispose();
            net = compact;
        }

        double floatAccuracy = Accuracy(net, validation, options.WakeIndex);

        Calibrate(net, data, options);
        net.Quantise = true;
        RunEpochs(net, data, teacher, validation, options, random, "qat", options.QatEpochs, options.QatLearningRate, progress);
        net.eval();
        double fakeQuantAccuracy = Accuracy(net, validation, options.WakeIndex);
        net.Quantise = false;
        double qatFloatAccuracy = Accuracy(net, validation, options.WakeIndex);
        net.Quantise = true;

        QuantizedLayer[] layers = IntegerLayerConverter.Convert(net);
        return Finish(net, layers, validation, options, [floatAccuracy, qatFloatAccuracy, fakeQuantAccuracy], parametersBefore);
    }

    /// <summary>Window accuracy (most wake-like frame, argmax) of the network in eval mode; the mode is restored.</summary>
    /// <param name="net">The network.</param>
    /// <param name="data">Windows.</param>
    /// <param name="wakeIndex">Index of the wake class.</param>
    /// <returns>0…1.</returns>
    public static double Accuracy(TinyKeywordNet net, TinyTrainingData data, int wakeIndex)
    {
        ArgumentNullException.ThrowIfNull(net);
        ArgumentNullException.ThrowIfNull(data);
        bool wasTraining = net.training;
        net.eval();
        using var noGrad = no_grad();
        long correct = 0;
        for (int start = 0; start < data.Count; start += EvaluationBatch)
        {
            using var scope = NewDisposeScope();
            int length = Math.Min(EvaluationBatch, data.Count - start);
            Tensor predicted = WakeFrameSelector.Select(net.forward(data.Features.narrow(0, start, length)), wakeIndex).argmax(1);
            correct += predicted.eq(data.Labels.narrow(0, start, length)).sum().item<long>();
        }

        net.train(wasTraining);
        return (double)correct / data.Count;
    }

    private static void RunEpochs(TinyKeywordNet net, TinyTrainingData data, Tensor? teacher, TinyTrainingData validation, TinyTrainingOptions options, Random random, string phase, int epochs, double learningRate, IProgress<TinyTrainingProgress>? progress)
    {
        using var optimizer = optim.Adam(net.parameters(), learningRate);
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            net.train();
            double lossSum = 0;
            int batches = 0;
            long[] order = Shuffle(data.Count, random);
            for (int start = 0; start < order.Length; start += options.BatchSize)
            {
                using var scope = NewDisposeScope();
                Tensor index = tensor(order.AsSpan(start, Math.Min(options.BatchSize, order.Length - start)).ToArray());
                Tensor logits = WakeFrameSelector.Select(net.forward(data.Features.index_select(0, index)), options.WakeIndex);
                Tensor? soft = teacher?.index_select(0, index);
                Tensor loss = DistillationLoss.Compute(logits, data.Labels.index_select(0, index), soft, options.DistillationAlpha, options.Temperature);
                optimizer.zero_grad();
                loss.backward();
                optimizer.step();
                lossSum += loss.item<float>();
                batches++;
            }

            progress?.Report(new TinyTrainingProgress(phase, epoch, epochs, lossSum / Math.Max(batches, 1), Accuracy(net, validation, options.WakeIndex)));
        }
    }

    private static void Calibrate(TinyKeywordNet net, TinyTrainingData data, TinyTrainingOptions options)
    {
        foreach (TinyConvLayer layer in net.Layers)
        {
            layer.OutputRange.Reset();
        }

        net.Quantise = false;
        net.train();
        using var noGrad = no_grad();
        for (int b = 0; b < options.CalibrationBatches && b * options.BatchSize < data.Count; b++)
        {
            using var scope = NewDisposeScope();
            net.forward(data.Features.narrow(0, b * options.BatchSize, Math.Min(options.BatchSize, data.Count - (b * options.BatchSize))));
        }
    }

    private static TinyTrainingResult Finish(TinyKeywordNet net, QuantizedLayer[] layers, TinyTrainingData validation, TinyTrainingOptions options, double[] accuracies, long parametersBefore)
    {
        sbyte[][] windows = TinyFeatures.ToFrameMajor(validation.Features);
        long[] labels = validation.Labels.data<long>().ToArray();
        int classes = options.Shape.Classes;
        int frames = (int)validation.Features.shape[2];
        var wakeScores = new List<int>();
        var otherScores = new List<int>();
        int correct = 0;
        for (int i = 0; i < windows.Length; i++)
        {
            sbyte[] rows = IntegerReference.Run(layers, windows[i], frames);
            correct += WakeFrameSelector.Classify(rows, classes, options.WakeIndex) == labels[i] ? 1 : 0;
            int score = WakeThresholdTuner.Score(rows, classes, options.WakeIndex, options.SmoothingFrames, options.WakeScoreIsMargin);
            (labels[i] == options.WakeIndex ? wakeScores : otherScores).Add(score);
        }

        int threshold = WakeThresholdTuner.Tune(wakeScores, options.TargetRecall);
        var metrics = new TinyMetrics(
            accuracies[0],
            accuracies[1],
            accuracies[2],
            (double)correct / windows.Length,
            wakeScores.Count == 0 ? 0 : wakeScores.Count(s => s >= threshold) / (double)wakeScores.Count,
            otherScores.Count == 0 ? 0 : otherScores.Count(s => s >= threshold) / (double)otherScores.Count,
            parametersBefore,
            net.ParameterCount,
            ModelRunner.ParameterBytesOf(layers));
        return new TinyTrainingResult(net, layers, options, threshold, metrics);
    }

    private static long[] Shuffle(int count, Random random)
    {
        long[] order = Enumerable.Range(0, count).Select(i => (long)i).ToArray();
        for (int i = count - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }
}
