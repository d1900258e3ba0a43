using WearableAI.Firmware.Clr.Run;
using WearableAI.Firmware.Listening;
using WearableAI.Kernels;

namespace WearableAI.Firmware.Clr.Bench
{
    /// <summary>
    /// nanoCLR entry point of <see cref="BenchRun"/> on the clips built into <see cref="ClrInput"/>: with the native
    /// kernels when the running nanoCLR has them (the first line says which), else on the C# path.
    /// </summary>
    public static class BenchProgram
    {
        /// <summary>Runs.</summary>
        public static void Main()
        {
            ListeningKernels? kernels = NativeKernels.TryCreate();
            ConsoleSink sink = new ConsoleSink();
            sink.WriteLine(kernels == null ? "kernels csharp" : "kernels native");
            BenchRun.Run(ClrInput.ModelBlob, ClrInput.WakeClip, ClrInput.GoldenClip, BenchRun.Seconds, sink, kernels);
        }
    }
}
