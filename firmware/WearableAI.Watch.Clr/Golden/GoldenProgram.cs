using WearableAI.Firmware.Clr.Run;
using WearableAI.Firmware.Listening;
using WearableAI.Kernels;

namespace WearableAI.Firmware.Clr.Golden
{
    /// <summary>
    /// nanoCLR entry point of <see cref="GoldenRun"/> on the clips built into <see cref="ClrInput"/>: with the native
    /// kernels when the running nanoCLR has them (the first line says which), else on the C# path.
    /// </summary>
    public static class GoldenProgram
    {
        /// <summary>Runs.</summary>
        public static void Main()
        {
            ListeningKernels? kernels = NativeKernels.TryCreate();
            ConsoleSink sink = new ConsoleSink();
            sink.WriteLine(kernels == null ? "kernels csharp" : "kernels native");
            GoldenRun.Run(ClrInput.ModelBlob, ClrInput.GoldenClip, ClrInput.WakeClip, ClrInput.GoldenClip, sink, kernels);
        }
    }
}
