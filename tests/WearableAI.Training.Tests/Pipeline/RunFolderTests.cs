using WearableAI.Training.Data;
using WearableAI.Training.Pipeline;

namespace WearableAI.Training.Tests.Pipeline;

public sealed class RunFolderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "wai-runfolder-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void A_new_name_gets_a_fresh_folder()
    {
        string folder = RunFolder.Prepare(Path.Combine(_root, "runs", "first"));

        Assert.True(Directory.Exists(folder));
    }

    [Fact]
    public void A_finished_run_is_never_overwritten_and_its_files_stay_untouched()
    {
        string folder = RunFolder.Prepare(Path.Combine(_root, "done"));
        File.WriteAllText(Path.Combine(folder, RunFolder.FinishedMarker), "{}");
        File.WriteAllText(Path.Combine(folder, "hub.onnx"), "model");

        var e = Assert.Throws<DatasetException>(() => RunFolder.Prepare(folder));

        Assert.Contains("already holds a finished run", e.Message, StringComparison.Ordinal);
        Assert.Equal("model", File.ReadAllText(Path.Combine(folder, "hub.onnx")));
    }

    [Fact]
    public void A_folder_left_by_an_unfinished_run_is_refused_too()
    {
        string folder = RunFolder.Prepare(Path.Combine(_root, "crashed"));
        Directory.CreateDirectory(Path.Combine(folder, "teacher"));

        var e = Assert.Throws<DatasetException>(() => RunFolder.Prepare(folder));

        Assert.Contains("is not empty", e.Message, StringComparison.Ordinal);
    }
}
