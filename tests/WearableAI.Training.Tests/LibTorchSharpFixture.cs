using System.Runtime.InteropServices;
using WearableAI.Training.NativeFixup;

namespace WearableAI.Training.Tests;

/// <summary>Paths and helpers for the tests of the libLibTorchSharp.so fix-up.</summary>
internal static class LibTorchSharpFixture
{
    public const string Library = "libstdc++.so.6";
    public const string NewerVersion = "GLIBCXX_3.4.32";
    public const string NeverCalledSymbol = "_ZSt21ios_base_library_initv";

    /// <summary>The untouched libLibTorchSharp.so from the TorchSharp package, copied beside the tests.</summary>
    public static string Pristine => Path.Combine(AppContext.BaseDirectory, "pristine", "libLibTorchSharp.so.pristine");

    public static bool SystemLibStdCxxHas(string version)
    {
        string[] candidates = ["/usr/lib/x86_64-linux-gnu/libstdc++.so.6", "/lib64/libstdc++.so.6", "/usr/lib64/libstdc++.so.6"];
        string system = candidates.First(File.Exists);
        return ElfVersionRequirement.IsDefined(system, version);
    }

    /// <summary>
    /// A fresh folder holding a copy of the pristine library plus links to the libtorch libraries
    /// it needs (found through its $ORIGIN run path), so that it can be loaded from there.
    /// </summary>
    public static string CopyPristineNextToLibTorch(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (string dependency in Directory.EnumerateFiles(AppContext.BaseDirectory, "lib*.so*"))
        {
            string name = Path.GetFileName(dependency);
            if (name != "libLibTorchSharp.so")
            {
                File.CreateSymbolicLink(Path.Combine(folder, name), dependency);
            }
        }

        string copy = Path.Combine(folder, "libLibTorchSharp.so");
        File.Copy(Pristine, copy);
        return copy;
    }

    /// <summary>Loads the library into this process; returns the loader's error, or null when it loaded.</summary>
    public static string? TryLoad(string path)
    {
        try
        {
            NativeLibrary.Load(path);
            return null;
        }
        catch (DllNotFoundException e)
        {
            return e.Message;
        }
    }
}
