using WearableAI.Training.Data;
using WearableAI.Training.Eval;
using WearableAI.Training.Tests.Pipeline;

namespace WearableAI.Training.Tests.Eval;

[Collection(EvaluatedRunCollection.Name)]
public sealed class EvalBadInputTests(EvaluatedRun run) : IDisposable
{
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "wai-eval-bad-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        if (Directory.Exists(_scratch)) Directory.Delete(_scratch, recursive: true);
    }

    [Fact]
    public void A_missing_data_folder_is_named()
    {
        string message = Fails(Path.Combine(_scratch, "nowhere"), run.Run);
        Assert.Contains("nowhere does not exist", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_models_folder_is_named()
    {
        string message = Fails(run.DataRoot, Path.Combine(_scratch, "no-models"));
        Assert.Contains("models folder", message, StringComparison.Ordinal);
        Assert.Contains("does not exist", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_WAV_at_another_rate_is_refused_naming_the_file_and_rate()
    {
        using ToneDataset data = ToneDataset.Create(clipsPerVoice: 1);
        data.WriteWav("yes/odd-rate.wav", new short[8000], 8000);
        string message = Fails(data.Root, run.Run);
        Assert.Contains("odd-rate.wav", message, StringComparison.Ordinal);
        Assert.Contains("8000 Hz", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_label_folder_is_named()
    {
        using ToneDataset data = ToneDataset.Create(clipsPerVoice: 1);
        Directory.CreateDirectory(data.PathOf("maybe"));
        string message = Fails(data.Root, run.Run);
        Assert.Contains("maybe holds no .wav clips", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hub/hub.onnx", "hub model")]
    [InlineData("tiny/tiny.waim", "watch model")]
    public void A_corrupt_model_file_is_one_line_naming_it(string file, string what)
    {
        string copy = Path.Combine(_scratch, "run");
        CopyFolder(run.Run, copy);
        File.WriteAllBytes(Path.Combine(copy, file), [1, 2, 3, 4, 5, 6, 7, 8]);
        string message = Fails(run.DataRoot, copy);
        Assert.Contains(what, message, StringComparison.Ordinal);
        Assert.Contains("corrupt", message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', message);
    }

    private string Fails(string data, string models)
    {
        var e = Assert.Throws<DatasetException>(() => Evaluation.Run(new EvalRequest(data, models, Path.Combine(_scratch, "report.json"), null, UseCache: false), SilentProgress.Instance));
        return e.Message;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
