using WearableAI.Training.Tiny;
using static TorchSharp.torch;

namespace WearableAI.Training.Tests.Tiny;

public class TinyInputValidationTests
{
    [Fact]
    public void Features_with_the_wrong_band_count_are_refused_naming_both_counts()
    {
        var data = new TinyTrainingData(zeros(4, 40, 47), zeros(4, ScalarType.Int64));

        var error = Assert.Throws<ArgumentException>(() => TinyTrainer.Train(data, null, new TinyTrainingOptions()));

        Assert.Contains("40 bands", error.Message);
        Assert.Contains("32", error.Message);
    }

    [Fact]
    public void Windows_shorter_than_the_receptive_field_are_refused()
    {
        var data = new TinyTrainingData(zeros(4, 32, 20), zeros(4, ScalarType.Int64));

        var error = Assert.Throws<ArgumentException>(() => TinyTrainer.Train(data, null, new TinyTrainingOptions()));

        Assert.Contains($"receptive field ({TinyNetShape.Watch.ReceptiveField} frames)", error.Message);
    }

    [Fact]
    public void Labels_that_do_not_match_the_windows_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new TinyTrainingData(zeros(4, 32, 47), zeros(5, ScalarType.Int64)));

        Assert.Contains("one per window", error.Message);
    }

    [Fact]
    public void Labels_outside_the_tiny_classes_are_refused()
    {
        var data = new TinyTrainingData(zeros(2, 32, 47), tensor(new long[] { 0, 3 }));

        var error = Assert.Throws<ArgumentException>(() => TinyTrainer.Train(data, null, new TinyTrainingOptions()));

        Assert.Contains("0…2", error.Message);
    }

    [Fact]
    public void Teacher_logits_without_a_class_map_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new TinyTrainingData(zeros(2, 32, 47), zeros(2, ScalarType.Int64), zeros(2, 5)));

        Assert.Contains("class map", error.Message);
    }

    [Fact]
    public void A_label_list_that_does_not_match_the_head_is_refused()
    {
        var data = new TinyTrainingData(zeros(2, 32, 47), zeros(2, ScalarType.Int64));

        var error = Assert.Throws<ArgumentException>(() => TinyTrainer.Train(data, null, new TinyTrainingOptions { Labels = ["hey_nano", "other"] }));

        Assert.Contains("2 labels but the network has 3 classes", error.Message);
    }

    [Fact]
    public void The_network_refuses_a_feature_tensor_of_the_wrong_shape()
    {
        using var net = new TinyKeywordNet(TinyNetShape.Watch);

        var error = Assert.Throws<ArgumentException>(() => net.forward(zeros(32, 47)));

        Assert.Contains("[batch, 32 bands, frames]", error.Message);
    }
}
