namespace WearableAI.Firmware.Hardware
{
    /// <summary>
    /// The microphone: 16-bit mono PCM at a fixed rate (the front end's
    /// <c>FrontEndSettings.SampleRate</c>, 16 kHz by default), read into a buffer the caller owns.
    /// </summary>
    /// <remarks>Boards: I2S on the ESP32-S3, ALSA on a Linux board, a WAV file in the host simulator.</remarks>
    public interface IAudioSource
    {
        /// <summary>Sample rate of the PCM this source delivers, in Hz.</summary>
        int SampleRate { get; }

        /// <summary>
        /// Copies up to <paramref name="count"/> samples that have arrived since the last call
        /// into <paramref name="buffer"/>. Never blocks and never allocates.
        /// </summary>
        /// <param name="buffer">Destination owned by the caller.</param>
        /// <param name="offset">First index of <paramref name="buffer"/> to write.</param>
        /// <param name="count">Most samples to copy.</param>
        /// <returns>Samples copied, 0 when none are waiting.</returns>
        int Read(short[] buffer, int offset, int count);
    }
}
