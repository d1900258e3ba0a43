namespace WearableAI.Shared.Audio
{
    /// <summary>
    /// Every setting of the fixed-point log-mel front end, in one place. The watch, the hub
    /// and the training tools all compute features with these values; a model manifest and
    /// the watch model blob carry them, so a model always meets the features it was trained on.
    /// </summary>
    /// <remarks>
    /// The defaults are chosen for the watch's op budget (DESIGN.md: front end + tiny model
    /// ≤ 500,000 ops per second of speech); docs/frontend.md explains each choice.
    /// Instances are plain data: change fields, then call <see cref="Validate"/>.
    /// </remarks>
    public sealed class FrontEndSettings
    {
        /// <summary>Input PCM sample rate in Hz (int16 mono).</summary>
        public int SampleRate = 16000;

        /// <summary>Integer decimation from the input rate to the analysis rate (1 or 2).</summary>
        public int Decimation = 2;

        /// <summary>Analysis window length in analysis-rate samples; equals the FFT size.</summary>
        public int WindowSize = 256;

        /// <summary>Hop between feature frames in analysis-rate samples.</summary>
        public int HopSize = 256;

        /// <summary>Number of mel bands (= int8 features per frame).</summary>
        public int MelBands = 32;

        /// <summary>Lower edge of the lowest mel band in Hz.</summary>
        public int LowHz = 60;

        /// <summary>Upper edge of the highest mel band in Hz (below analysis Nyquist).</summary>
        public int HighHz = 3800;

        /// <summary>
        /// Feature scale: int8 steps per octave (doubling) of band energy, i.e. the output is
        /// <c>round(LogScale · log2(energy)) − LogOffset</c>, clamped to [−128, 127].
        /// </summary>
        public int LogScale = 8;

        /// <summary>Subtracted after scaling so that the int8 range covers quiet to loud speech.</summary>
        public int LogOffset = 96;

        /// <summary>When true, a slow per-band noise-floor estimate is subtracted (in the log domain).</summary>
        public bool NoiseNormalization;

        /// <summary>Noise-floor tracker smoothing: the estimate moves by 1/2^NoiseSmoothingBits of the difference per frame.</summary>
        public int NoiseSmoothingBits = 5;

        /// <summary>Input samples per feature frame (<see cref="HopSize"/> · <see cref="Decimation"/>).</summary>
        public int InputSamplesPerHop
        {
            get { return HopSize * Decimation; }
        }

        /// <summary>Analysis sample rate in Hz.</summary>
        public int AnalysisRate
        {
            get { return SampleRate / Decimation; }
        }

        /// <summary>
        /// Feature frames per 1000 seconds of audio (an integer, so that the nanoFramework
        /// build needs no floating point): 31,250 for the defaults, i.e. 31.25 frames/s.
        /// </summary>
        public int FramesPerKilosecond
        {
            get { return (int)(1000L * SampleRate / InputSamplesPerHop); }
        }

        /// <summary>Returns null when the settings are usable, else a sentence saying what is wrong.</summary>
        /// <returns>An error message or null.</returns>
        public string? Validate()
        {
            if (SampleRate < 8000 || SampleRate > 48000) return "SampleRate must be 8000..48000 Hz";
            if (Decimation != 1 && Decimation != 2) return "Decimation must be 1 or 2";
            if (SampleRate % Decimation != 0) return "SampleRate must be divisible by Decimation";
            if (WindowSize < 64 || WindowSize > 1024 || (WindowSize & (WindowSize - 1)) != 0) return "WindowSize must be a power of two 64..1024";
            if (HopSize < 1 || HopSize > WindowSize) return "HopSize must be 1..WindowSize";
            if (MelBands < 4 || MelBands > 64) return "MelBands must be 4..64";
            if (LowHz < 0 || HighHz <= LowHz) return "LowHz must be >= 0 and below HighHz";
            if (HighHz * 2 > AnalysisRate) return "HighHz must not exceed the analysis Nyquist frequency";
            if (LogScale < 1 || LogScale > 64) return "LogScale must be 1..64";
            if (LogOffset < -1024 || LogOffset > 4096) return "LogOffset must be -1024..4096";
            if (NoiseSmoothingBits < 1 || NoiseSmoothingBits > 15) return "NoiseSmoothingBits must be 1..15";
            return null;
        }

        /// <summary>Returns a copy that can be changed without affecting this instance.</summary>
        /// <returns>A field-by-field copy.</returns>
        public FrontEndSettings Clone()
        {
            return (FrontEndSettings)MemberwiseClone();
        }
    }
}
