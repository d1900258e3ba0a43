namespace WearableAI.Firmware.Host.Clr;

/// <summary>
/// The watch's native interop assembly (WearableAI.Kernels: extern declarations in firmware/WearableAI.Kernels, C++
/// in firmware/native/WearableAI.Kernels) built into a nanoCLR by <c>firmware/native/build-kernels.sh</c>: the
/// kit's skeleton for the declarations, the hand-written C++, the kit's <c>build-interop.sh</c> (about 1.5 min the
/// first time on a machine, then cached by content).
/// </summary>
public static class NativeKernelsBuild
{
    /// <summary>Builds (or finds) the nanoCLR with the kernels.</summary>
    /// <param name="kit">The kit.</param>
    /// <param name="repositoryRoot">The folder holding WearableAI.sln.</param>
    /// <param name="program">A converted program whose build folder holds WearableAI.Kernels.dll and its references.</param>
    /// <returns>The nanoCLR folder (for <see cref="NanoFrameworkKit.RunOn"/> and <see cref="ClrStepCounts.Measure"/>).</returns>
    /// <exception cref="InvalidOperationException">The skeleton or the C++ build failed; the message has the compiler's output.</exception>
    public static string Build(NanoFrameworkKit kit, string repositoryRoot, ClrProgram program)
    {
        string script = Path.Combine(repositoryRoot, "firmware", "native", "build-kernels.sh");
        var start = new System.Diagnostics.ProcessStartInfo(script)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["WAI_NFKIT"] = kit.Folder;
        start.ArgumentList.Add(program.KernelsDll);

        using System.Diagnostics.Process process = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("could not start " + script);
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(20)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("build-kernels.sh did not finish within 20 min");
        }

        string folder = output.GetAwaiter().GetResult().Trim().Split('\n')[^1].Trim();
        if (process.ExitCode != 0 || !File.Exists(Path.Combine(folder, "bin", "nanoclr")))
        {
            throw new InvalidOperationException($"build-kernels.sh failed (exit {process.ExitCode}):\n{error.GetAwaiter().GetResult()}");
        }

        return folder;
    }
}
