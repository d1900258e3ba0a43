using WearableAI.Firmware.Clr.Run;

namespace WearableAI.Firmware.Clr.Golden
{
    /// <summary>nanoCLR entry point of <see cref="GoldenRun"/> on the clips built into <see cref="ClrInput"/>.</summary>
    public static class GoldenProgram
    {
        /// <summary>Runs.</summary>
        public static void Main()
        {
            GoldenRun.Run(ClrInput.ModelBlob, ClrInput.GoldenClip, ClrInput.WakeClip, ClrInput.GoldenClip, new ConsoleSink());
        }
    }
}
