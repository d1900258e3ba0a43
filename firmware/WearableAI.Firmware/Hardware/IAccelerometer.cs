namespace WearableAI.Firmware.Hardware
{
    /// <summary>
    /// The 3-axis accelerometer, sampled at a fixed rate (50 Hz for the gesture detector) in
    /// milli-g, read into a buffer the caller owns as interleaved x, y, z triples.
    /// </summary>
    /// <remarks>
    /// Axes as the gesture detector expects them (see firmware/README.md): x along the forearm
    /// towards the hand, y across the wrist, z out of the screen. A watch lying face up on a
    /// table reads (0, 0, +1000).
    /// </remarks>
    public interface IAccelerometer
    {
        /// <summary>Output data rate in samples (triples) per second.</summary>
        int SampleRateHz { get; }

        /// <summary>
        /// Copies up to <paramref name="maxSamples"/> samples that have arrived since the last
        /// call into <paramref name="xyz"/> as x, y, z triples. Never blocks and never allocates.
        /// </summary>
        /// <param name="xyz">Destination owned by the caller; needs 3 · <paramref name="maxSamples"/> free entries.</param>
        /// <param name="offset">First index of <paramref name="xyz"/> to write.</param>
        /// <param name="maxSamples">Most samples (triples) to copy.</param>
        /// <returns>Samples (triples) copied, 0 when none are waiting.</returns>
        int Read(short[] xyz, int offset, int maxSamples);
    }
}
