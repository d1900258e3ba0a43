using System.Diagnostics;

namespace WearableAI.Firmware.Host.Clr;

/// <summary>
/// The nanoFramework kit beside the repository (<c>../shared/nanoframework</c>: nanoCLR and the
/// MetadataProcessor built from pinned upstream sources, see its README): builds it, converts
/// assemblies to .pe and runs or counts them. <c>WAI_NFKIT</c> names another kit folder; the build
/// output follows the kit's own rule (<c>NFKIT_OUT</c>, else <c>$XDG_CACHE_HOME/nanoframework-kit</c>,
/// else <c>/tmp/nanoframework-kit</c>).
/// </summary>
public sealed class NanoFrameworkKit
{
    private NanoFrameworkKit(string folder)
    {
        Folder = folder;
    }

    /// <summary>The kit folder (scripts and pinned sources).</summary>
    public string Folder { get; }

    /// <summary>The kit's build output (OUT_DIR: bin/nanoclr, corelib/mscorlib.pe), by the kit's own rule.</summary>
    public string OutFolder =>
        Environment.GetEnvironmentVariable("NFKIT_OUT") is { Length: > 0 } outDir ? outDir
        : Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } cache ? Path.Combine(cache, "nanoframework-kit")
        : "/tmp/nanoframework-kit";

    /// <summary>
    /// Finds the kit for the repository at <paramref name="repositoryRoot"/> and makes sure it is built
    /// (<c>build.sh</c>: ~2 min the first time, under a second when up to date).
    /// </summary>
    /// <param name="repositoryRoot">The folder holding WearableAI.sln.</param>
    /// <returns>The kit, ready.</returns>
    /// <exception cref="InvalidOperationException">The kit is missing or its build failed; the message says what to do.</exception>
    public static NanoFrameworkKit Open(string repositoryRoot)
    {
        string folder = Environment.GetEnvironmentVariable("WAI_NFKIT") is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : Path.GetFullPath(Path.Combine(repositoryRoot, "..", "shared", "nanoframework"));
        if (!File.Exists(Path.Combine(folder, "build.sh")))
        {
            throw new InvalidOperationException(
                $"the nanoFramework kit is not at {folder}: it sits beside the repository as ../shared/nanoframework " +
                "(or set WAI_NFKIT to its folder); without it, get the same pinned sources as firmware/README.md " +
                "(\"The watch on the real runtime\") describes");
        }

        var kit = new NanoFrameworkKit(folder);
        ScriptResult build = kit.Script("build.sh", TimeSpan.FromMinutes(20));
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException($"the nanoFramework kit's build.sh failed (exit {build.ExitCode}):\n{build.StandardError}\n{build.StandardOutput}");
        }

        return kit;
    }

    /// <summary>Converts <paramref name="dll"/> to <paramref name="pe"/> with the MetadataProcessor (<c>mdp.sh</c>).</summary>
    /// <param name="dll">The nanoFramework assembly.</param>
    /// <param name="pe">The .pe to write.</param>
    /// <param name="references">Every nanoFramework assembly it depends on (not mscorlib).</param>
    /// <exception cref="InvalidOperationException">The MetadataProcessor refused it.</exception>
    public void Convert(string dll, string pe, params string[] references)
    {
        ScriptResult result = Script("mdp.sh", TimeSpan.FromMinutes(5), [dll, pe, .. references]);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"mdp.sh {Path.GetFileName(dll)} failed (exit {result.ExitCode}):\n{result.StandardError}\n{result.StandardOutput}");
        }
    }

    /// <summary>Runs .pe assemblies on nanoCLR (<c>run.sh</c>).</summary>
    /// <param name="timeout">Stops the program after this long (exit 124).</param>
    /// <param name="pes">The program and every assembly it needs (the kit adds mscorlib).</param>
    /// <returns>Exit code and output.</returns>
    public ScriptResult Run(TimeSpan timeout, params string[] pes) => RunOn(null, timeout, pes);

    /// <summary>Runs .pe assemblies on a nanoCLR built with native interop assemblies (<c>run.sh --clr</c>).</summary>
    /// <param name="clrFolder">The folder <c>build-interop.sh</c> printed, or null for the kit's own nanoCLR.</param>
    /// <param name="timeout">Stops the program after this long (exit 124).</param>
    /// <param name="pes">The program and every assembly it needs (the kit adds mscorlib).</param>
    /// <returns>Exit code and output.</returns>
    public ScriptResult RunOn(string? clrFolder, TimeSpan timeout, params string[] pes) =>
        Script("run.sh", timeout + TimeSpan.FromMinutes(1),
            [.. clrFolder == null ? Array.Empty<string>() : ["--clr", clrFolder],
             "--timeout", ((int)timeout.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture), .. pes]);

    /// <summary>Runs one of the kit's scripts.</summary>
    /// <param name="script">File name in the kit folder.</param>
    /// <param name="timeout">Kills it after this long.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <returns>Exit code and output.</returns>
    public ScriptResult Script(string script, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(Folder, script))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {script}");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{script} did not finish within {timeout}");
        }

        return new ScriptResult(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }
}

/// <summary>What a kit script did.</summary>
/// <param name="ExitCode">Its exit code (run.sh: 0 ok, 1 unhandled exception, 3 not started, 124 timeout).</param>
/// <param name="StandardOutput">Its stdout (the program's console output).</param>
/// <param name="StandardError">Its stderr.</param>
public sealed record ScriptResult(int ExitCode, string StandardOutput, string StandardError);
