using WearableAI.Firmware.Clr.Run;

namespace WearableAI.Firmware.Clr.Bench
{
    /// <summary>nanoCLR entry point of <see cref="BenchRun"/> on the clips built into <see cref="ClrInput"/>.</summary>
    public static class BenchProgram
    {
        /// <summary>Runs.</summary>
        public static void Main()
        {
            BenchRun.Run(ClrInput.ModelBlob, ClrInput.WakeClip, ClrInput.GoldenClip, BenchRun.Seconds, new ConsoleSink());
        }
    }
}
