namespace WearableAI.Firmware.Clr.Run
{
    /// <summary>Where a run writes its lines: the console on nanoCLR, a buffer in a .NET test.</summary>
    public abstract class LineSink
    {
        /// <summary>Writes one line.</summary>
        /// <param name="line">The text, without a line end.</param>
        public abstract void WriteLine(string line);
    }
}
