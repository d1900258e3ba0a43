using WearableAI.Shared.Common;

namespace WearableAI.Firmware.Listening
{
    /// <summary>Takes 16 kHz PCM in pieces (the pre-roll replays itself into the front end through it).</summary>
    public interface IPcmSink
    {
        /// <summary>Consumes all <paramref name="count"/> samples.</summary>
        /// <param name="pcm">Samples.</param>
        /// <param name="offset">First sample.</param>
        /// <param name="count">Samples.</param>
        /// <param name="ops">Counter for the work done, or null.</param>
        void Accept(short[] pcm, int offset, int count, OpCounter? ops);
    }
}
