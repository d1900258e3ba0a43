using System.Diagnostics;
using System.Text.Json;
using WearableAI.Contracts;
using WearableAI.Shared.Models;

namespace WearableAI.Tools.Tests;

/// <summary>
/// The whole recipe through the real command line, small and fast (CI): <c>wai data synth --small</c>
/// (espeak-ng) → <c>wai train --preset smoke</c> (teacher, distilled hub, tiny; exports with their parity
/// checks) → <c>wai eval</c> → <c>wai ship</c>, for a custom wake phrase made from text alone.
/// Runs the repository's built <c>wai</c> (tools/Wai/bin), which carries libtorch.
/// </summary>
public sealed class RecipeSmokeTests
{
    private static readonly string[] RequiredFigures =
    [
        "cascade.wake_miss_rate", "cascade.false_accepts_per_hour", "hub.command_accuracy", "tiny.wake_miss_rate",
        "tiny.false_accepts_per_hour", "tiny.weights_bytes", "tiny.ops_per_second_speech", "tiny.ops_per_second_idle",
        "tiny.quantization_accuracy_drop", "hub.onnx_bytes",
    ];

    [Fact]
    public void A_custom_wake_phrase_goes_from_text_to_a_shipped_model_set()
    {
        string work = WaiProcess.NewFolder();
        string data = Path.Combine(work, "data"), run = Path.Combine(work, "run"), models = Path.Combine(work, "models");

        Wai("data", "synth", "--small", "--wake", "hey jarvis", "--out", data, "--seed", "3");
        Wai("train", "--data", data, "--out", run, "--preset", "smoke", "--wake", "hey jarvis", "--seed", "1");
        Wai("eval", "--data", data, "--models", run, "--split", "test", "--json", Path.Combine(run, "eval", "report.json"));
        string shipped = Wai("ship", "--run", run, "--out", models, "--version", "jarvis-1");

        Assert.Contains("hub wake threshold", shipped, StringComparison.Ordinal);
        using JsonDocument manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(models, "manifest.json")));
        JsonElement root = manifest.RootElement;
        Assert.Equal("hey jarvis", root.GetProperty("wakePhrase").GetString());
        Assert.Equal("hey_jarvis", root.GetProperty("vocabulary")[0].GetString());
        Assert.Equal("jarvis-1", root.GetProperty("version").GetString());
        ModelManifest typed = ModelManifestFile.Read(Path.Combine(models, ModelFiles.ManifestName)); // what the hub reads at startup
        Assert.Equal(ModelFiles.EvalReportName, typed.Files.EvalReport);
        Assert.Contains("cascade.wake_miss_rate", typed.Metrics.Keys);
        Assert.InRange(root.GetProperty("thresholds").GetProperty("wake").GetDouble(), 0.5, 1);
        WatchModel watch = ModelBlobLoader.Load(File.ReadAllBytes(Path.Combine(models, "watch.waim"))).Model!;
        Assert.Equal(watch.WakeThreshold, root.GetProperty("thresholds").GetProperty("tinyWake").GetInt32()); // the manifest states the blob's threshold
        Assert.True(watch.WakeScoreIsMargin, "wai train writes blobs scored by the wake logit's margin");
        Assert.True(new FileInfo(Path.Combine(models, "hub.onnx")).Length > 1000);
        Assert.True(new FileInfo(Path.Combine(models, "watch.waim")).Length > 100);
        using JsonDocument report = JsonDocument.Parse(File.ReadAllText(Path.Combine(models, "eval-report.json")));
        foreach (string figure in RequiredFigures)
        {
            string[] path = figure.Split('.');
            Assert.True(report.RootElement.GetProperty(path[0]).TryGetProperty(path[1], out JsonElement value) && value.ValueKind == JsonValueKind.Number, figure + " missing from the report");
        }

        Directory.Delete(work, recursive: true);
    }

    /// <summary>Runs the repository's wai and returns its output; fails the test with the output on a non-zero exit.</summary>
    private static string Wai(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(RepositoryWai());
        foreach (string arg in args) start.ArgumentList.Add(arg);
        start.Environment["COLUMNS"] = "200";
        using Process process = Process.Start(start)!;
        Task<string> errors = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"wai {string.Join(' ', args)} exited {process.ExitCode}:\n{output}\n{errors.Result}");
        return output;
    }

    /// <summary>tools/Wai/bin/&lt;configuration of this test build&gt;/net10.0/linux-x64/wai.dll.</summary>
    private static string RepositoryWai()
    {
        string here = AppContext.BaseDirectory;
        DirectoryInfo folder = new(Path.TrimEndingDirectorySeparator(here)); // …/bin/<configuration>/net10.0[/<rid>]/
        while (folder.Parent is { } parent && parent.Name != "bin") folder = parent;
        string configuration = folder.Name;
        string? root = here;
        while (root != null && !File.Exists(Path.Combine(root, "WearableAI.sln"))) root = Path.GetDirectoryName(root);
        Assert.NotNull(root);
        string wai = Path.Combine(root, "tools", "Wai", "bin", configuration, "net10.0", "linux-x64", "wai.dll");
        Assert.True(File.Exists(wai), $"{wai} not built: build the solution (dotnet test WearableAI.sln builds it)");
        return wai;
    }
}
