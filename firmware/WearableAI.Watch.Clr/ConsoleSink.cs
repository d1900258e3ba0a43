using WearableAI.Firmware.Clr.Run;

namespace WearableAI.Firmware.Clr
{
    /// <summary>Lines to the console (on nanoCLR: the host's stdout).</summary>
    public sealed class ConsoleSink : LineSink
    {
        /// <inheritdoc/>
        public override void WriteLine(string line)
        {
            System.Console.WriteLine(line);
        }
    }
}
