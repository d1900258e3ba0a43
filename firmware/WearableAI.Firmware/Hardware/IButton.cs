namespace WearableAI.Firmware.Hardware
{
    /// <summary>The watch's push button, debounced by the board adapter.</summary>
    public interface IButton
    {
        /// <summary>True while the button is held down.</summary>
        bool IsPressed { get; }

        /// <summary>
        /// Presses counted since start-up (wraps at <see cref="int.MaxValue"/>). A caller keeps
        /// the last value it saw; the difference is the number of new presses, so no press is
        /// lost between polls and no callback runs on an interrupt thread.
        /// </summary>
        int PressCount { get; }
    }
}
