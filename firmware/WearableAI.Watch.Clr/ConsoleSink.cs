using WearableAI.Watch.Clr.Run;

namespace WearableAI.Watch.Clr
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
