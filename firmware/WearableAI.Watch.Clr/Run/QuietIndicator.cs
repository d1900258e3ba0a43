using WearableAI.Firmware.Hardware;

namespace WearableAI.Firmware.Clr.Run
{
    /// <summary>An LED and motor that only remember the last pattern.</summary>
    public sealed class QuietIndicator : IIndicator
    {
        private IndicatorPattern _pattern;

        /// <summary>The pattern on show.</summary>
        public IndicatorPattern Pattern
        {
            get { return _pattern; }
        }

        /// <inheritdoc/>
        public void Show(IndicatorPattern pattern)
        {
            _pattern = pattern;
        }

        /// <inheritdoc/>
        public void Pulse(int durationMs)
        {
        }
    }
}
