using TorchSharp;
using WearableAI.Training.Data;
using WearableAI.Training.Hub;
using WearableAI.Training.Models;

namespace WearableAI.Training.Tests.Hub;

public sealed class ClassifierTrainerTests
{
    private const int Bands = 32;

    [Fact]
    public void Training_twice_with_the_same_seed_gives_identical_weights()
    {
        float[] first = TrainOnce(seed: 5);
        float[] second = TrainOnce(seed: 5);

        Assert.Equal(first, second);
    }

    [Fact]
    public void The_weights_kept_are_those_of_the_best_validation_epoch()
    {
        (ClipFeatures clips, Vocabulary vocabulary) = Data();
        var validation = new HubEvaluator(clips, [], vocabulary, framesPerHour: 112_500);
        torch.manual_seed(3);
        using var net = new KeywordNet(new KeywordNetShape(Width: 8, Blocks: 1, Classes: vocabulary.Count));

        TrainingHistory history = ClassifierTrainer.Train("t", net, WindowSet.FromClips(clips), validation, new TrainingOptions(Epochs: 3, BatchSize: 8, MaxStepsPerEpoch: 2), 3, null, SilentProgress.Instance);

        Assert.Equal(history.Epochs.Max(e => e.Validation.Score), history.Best.Validation.Score);
        Assert.Equal(history.Best.Validation.Score, validation.Evaluate(net, streamBackground: false).Score, 6);
    }

    private static float[] TrainOnce(int seed)
    {
        (ClipFeatures clips, Vocabulary vocabulary) = Data();
        torch.manual_seed(seed);
        using var net = new KeywordNet(new KeywordNetShape(Width: 8, Blocks: 1, Classes: vocabulary.Count));
        var validation = new HubEvaluator(clips, [], vocabulary, framesPerHour: 112_500);
        ClassifierTrainer.Train("t", net, WindowSet.FromClips(clips), validation, new TrainingOptions(Epochs: 2, BatchSize: 8, MaxStepsPerEpoch: 3), seed, null, SilentProgress.Instance);
        return net.parameters().SelectMany(p => p.detach().contiguous().data<float>().ToArray()).ToArray();
    }

    private static (ClipFeatures Clips, Vocabulary Vocabulary) Data()
    {
        var vocabulary = new Vocabulary("hey nano");
        int count = 26;
        var random = new Random(1);
        var windows = new sbyte[count * FeatureWindows.StoredFrames * Bands];
        int[] labels = Enumerable.Range(0, count).Select(i => i % vocabulary.Count).ToArray();
        for (int i = 0; i < windows.Length; i++)
        {
            int clip = i / (FeatureWindows.StoredFrames * Bands);
            windows[i] = (sbyte)Math.Clamp((labels[clip] * 9) - 60 + random.Next(-20, 20), -128, 127);
        }

        return (new ClipFeatures(Bands, windows, labels, labels.Select((l, i) => $"{vocabulary.Labels[l]}/{i}.wav").ToArray()), vocabulary);
    }
}
