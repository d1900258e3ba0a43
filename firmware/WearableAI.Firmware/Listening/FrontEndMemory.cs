using WearableAI.Shared.Audio;

namespace WearableAI.Firmware.Listening
{
    /// <summary>
    /// Working memory of <see cref="LogMelFrontEnd"/> for given settings, counted from the
    /// arrays its stages allocate (window, FFT tables and buffers, frame ring, spectra, mel
    /// tables, band buffers); object headers are not counted. Used by the budget report.
    /// </summary>
    public static class FrontEndMemory
    {
        /// <summary>Bytes of arrays the front end allocates for <paramref name="settings"/>.</summary>
        /// <param name="settings">Valid settings.</param>
        /// <returns>Bytes.</returns>
        public static int EstimateBytes(FrontEndSettings settings)
        {
            int n = settings.WindowSize;
            int bins = (n / 2) + 1;
            int bands = settings.MelBands;
            int window = 4 * n;
            int log2Table = 4 * 65;
            int fft = 4 * 5 * (n / 2);
            int assembler = 4 * n;
            int frames = 2 * 4 * n;
            int spectra = (2 * 4 * bins) + (8 * bins);
            int mel = 3 * 4 * bins;
            int bandBuffers = bands * (8 + 4 + 4) + (settings.NoiseNormalization ? 4 * bands : 0);
            return window + log2Table + fft + assembler + frames + spectra + mel + bandBuffers;
        }
    }
}
