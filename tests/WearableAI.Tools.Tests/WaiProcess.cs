using System.Diagnostics;
using WearableAI.Synthesis;

namespace WearableAI.Tools.Tests;

/// <summary>Runs the real `wai` command line (the built wai.dll) as a user would.</summary>
internal static class WaiProcess
{
    public sealed record Result(int ExitCode, string Output, string Errors);

    public static Result Run(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        string wai = Path.Combine(Path.GetDirectoryName(typeof(DatasetSynthesizer).Assembly.Location)!, "wai.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(wai);
        foreach (string arg in args) start.ArgumentList.Add(arg);
        foreach ((string key, string value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using Process process = Process.Start(start)!;
        Task<string> errors = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new Result(process.ExitCode, output, errors.Result);
    }

    public static string NewFolder()
    {
        string path = Path.Combine(Path.GetTempPath(), "wai-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
