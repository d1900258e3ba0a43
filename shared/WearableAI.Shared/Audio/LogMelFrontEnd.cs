using WearableAI.Shared.Common;

namespace WearableAI.Shared.Audio
{
    /// <summary>
    /// The streaming fixed-point log-mel front end: int16 PCM in, one int8 feature frame per hop
    /// out, bit-identical whatever the sizes of the chunks pushed in. Stages (docs/frontend.md):
    /// <see cref="HalfBandDecimator"/> → <see cref="FrameAssembler"/> → <see cref="BlockScaling"/>
    /// → <see cref="AnalysisWindow"/> → <see cref="FixedRealFft"/> → <see cref="PowerSpectrum"/>
    /// → <see cref="MelFilterBank"/> → <see cref="FixedLog2"/> → scale/offset →
    /// optional <see cref="NoiseFloorTracker"/> → int8 clamp.
    /// </summary>
    /// <remarks>
    /// <para>Feature value of band b: <c>clamp(round(LogScale·log2(E_b)) − LogOffset, −128, 127)</c>
    /// with <c>E_b = Σ_k w_bk·|X_k|² / N²</c>, X the N-point FFT of the Hamming-windowed
    /// analysis-rate frame in int16 units. A full-scale sine gives about 26 octaves, i.e. 114.</para>
    /// <para>All buffers are allocated by the constructor; <see cref="Process"/> allocates nothing.
    /// Not thread-safe: one instance per audio stream.</para>
    /// </remarks>
    public sealed class LogMelFrontEnd
    {
        private const int ScaleOpsPerBand = 7;
        private const int EnergyScaleOps = 5;

        private readonly FrontEndSettings _settings;
        private readonly HalfBandDecimator _decimator;
        private readonly FrameAssembler _assembler;
        private readonly AnalysisWindow _window;
        private readonly FixedRealFft _fft;
        private readonly MelFilterBank _melBank;
        private readonly FixedLog2 _log2;
        private readonly NoiseFloorTracker? _noise;
        private readonly int[] _frame;
        private readonly int[] _windowed;
        private readonly int[] _spectrumRe;
        private readonly int[] _spectrumIm;
        private readonly long[] _power;
        private readonly long[] _bandEnergy;
        private readonly int[] _bandLog2;
        private readonly int[] _values;
        private readonly int _log2Compensation;
        private readonly long _opsPerFrame;
        private readonly IFrontEndKernel? _kernel;
        private readonly int[]? _kernelState;
        private readonly int[]? _kernelRing;
        private readonly int[]? _plan;
        private readonly int[]? _work;
        private readonly long[]? _energies;
        private bool _frameReady;
        private int _frameEnergy = -128;

        /// <summary>Builds every table and buffer for <paramref name="settings"/> (copied).</summary>
        /// <param name="settings">Front-end settings; must pass <see cref="FrontEndSettings.Validate"/>.</param>
        /// <exception cref="System.ArgumentException">The settings are invalid.</exception>
        public LogMelFrontEnd(FrontEndSettings settings)
            : this(settings, null)
        {
        }

        /// <summary>
        /// Builds every table and buffer for <paramref name="settings"/> (copied); with a <paramref name="kernel"/>, the
        /// per-hop arithmetic runs there on a plan of the same tables (<see cref="FrontEndPlan"/>) and must give the
        /// same features as the C# stages.
        /// </summary>
        /// <param name="settings">Front-end settings; must pass <see cref="FrontEndSettings.Validate"/>.</param>
        /// <param name="kernel">The kernel (a native interop assembly on the watch), or null for the C# stages.</param>
        /// <exception cref="System.ArgumentException">The settings are invalid.</exception>
        public LogMelFrontEnd(FrontEndSettings settings, IFrontEndKernel? kernel)
        {
            string? error = settings.Validate();
            if (error != null) throw new System.ArgumentException(error);
            _settings = settings.Clone();
            int n = _settings.WindowSize;
            int bands = _settings.MelBands;
            _decimator = new HalfBandDecimator(_settings.Decimation);
            _assembler = new FrameAssembler(n, _settings.HopSize);
            _window = new AnalysisWindow(n);
            _fft = new FixedRealFft(n);
            _melBank = new MelFilterBank(_settings);
            _log2 = new FixedLog2();
            if (_settings.NoiseNormalization) _noise = new NoiseFloorTracker(bands, _settings.NoiseSmoothingBits);
            _frame = new int[n];
            _windowed = new int[n];
            _spectrumRe = new int[n / 2 + 1];
            _spectrumIm = new int[n / 2 + 1];
            _power = new long[n / 2 + 1];
            _bandEnergy = new long[bands];
            _bandLog2 = new int[bands];
            _values = new int[bands];

            // E = acc / (2^15 weights · 2^2 for the FFT's 2·X · N²) · 2^10 for the decimator's
            // 32× output, before the block shift.
            int log2N = 0;
            while ((1 << log2N) < n) log2N++;
            _log2Compensation = 15 + 2 + 2 * log2N + 10;

            _opsPerFrame = (long)_decimator.OpsPerSample * _settings.HopSize
                + BlockScaling.OpsFor(n)
                + _window.OpsPerFrame
                + _fft.OpsPerTransform
                + (long)PowerSpectrum.OpsPerBin * (_melBank.LastBin - _melBank.FirstBin + 1)
                + _melBank.OpsPerFrame
                + (long)FixedLog2.OpsPerCall * (bands + 1)
                + (long)ScaleOpsPerBand * bands
                + (bands - 1) + EnergyScaleOps
                + (_noise != null ? (long)NoiseFloorTracker.OpsPerBand * bands : 0);

            if (kernel != null)
            {
                _kernel = kernel;
                _kernelState = new int[FrontEndPlan.StateLength];
                _kernelRing = new int[n];
                _plan = FrontEndPlan.Build(_settings, _window, _fft, _melBank, _log2, _log2Compensation);
                _work = new int[FrontEndPlan.WorkLength(n)];
                _energies = new long[FrontEndPlan.EnergiesLength(n, bands)];
            }
        }

        /// <summary>True when the per-hop arithmetic runs in an <see cref="IFrontEndKernel"/>.</summary>
        public bool UsesKernel
        {
            get { return _kernel != null; }
        }

        /// <summary>A copy of the settings in use.</summary>
        public FrontEndSettings Settings
        {
            get { return _settings.Clone(); }
        }

        /// <summary>Int8 features per frame (= MelBands).</summary>
        public int FeaturesPerFrame
        {
            get { return _settings.MelBands; }
        }

        /// <summary>True when the last <see cref="Process"/> call completed a frame and wrote its features.</summary>
        public bool FrameReady
        {
            get { return _frameReady; }
        }

        /// <summary>
        /// Energy of the last frame, summed over all mel bands, in feature units:
        /// <c>round(LogScale·log2(Σ_b E_b)) − LogOffset</c>, at least −128 but not clamped above.
        /// </summary>
        public int FrameEnergy
        {
            get { return _frameEnergy; }
        }

        /// <summary>Counted ops per feature frame (constant for given settings); see docs/frontend.md.</summary>
        public long OpsPerFrame
        {
            get { return _opsPerFrame; }
        }

        /// <summary>
        /// Pushes PCM samples until one feature frame completes or the input runs out.
        /// </summary>
        /// <param name="pcm">Input samples at <see cref="FrontEndSettings.SampleRate"/>.</param>
        /// <param name="offset">First sample to read.</param>
        /// <param name="count">Samples available.</param>
        /// <param name="features">Receives MelBands int8 features when a frame completes.</param>
        /// <param name="featuresOffset">Where in <paramref name="features"/> to write.</param>
        /// <param name="ops">Counter to add this frame's ops to, or null.</param>
        /// <returns>Samples consumed; less than <paramref name="count"/> only when a frame completed.</returns>
        public int Process(short[] pcm, int offset, int count, sbyte[] features, int featuresOffset, OpCounter? ops)
        {
            _frameReady = false;
            if (_kernel != null)
            {
                return ProcessWithKernel(pcm, offset, count, features, featuresOffset, ops);
            }

            int i = 0;
            while (i < count)
            {
                int used;
                bool ready = _assembler.Append(_decimator, pcm, offset + i, count - i, out used);
                i += used;
                if (!ready) continue;
                ComputeFrame(features, featuresOffset);
                if (ops != null) ops.Add(_opsPerFrame);
                _frameReady = true;
                return i;
            }

            return count;
        }

        /// <summary>
        /// Copies the last frame's band energies as log2(E_b) in Q16 (before scaling, offset,
        /// noise normalisation and clamping); a silent band gives about −64 octaves or less.
        /// </summary>
        /// <param name="destination">Receives MelBands values.</param>
        /// <param name="offset">Where to write.</param>
        public void CopyBandLog2Q16(int[] destination, int offset)
        {
            for (int b = 0; b < _bandLog2.Length; b++) destination[offset + b] = _bandLog2[b];
        }

        /// <summary>Forgets all history (filter state, partial frame, noise floors).</summary>
        public void Reset()
        {
            _decimator.Reset();
            _assembler.Reset();
            if (_kernelState != null && _kernelRing != null)
            {
                for (int i = 0; i < _kernelState.Length; i++) _kernelState[i] = 0;
                for (int i = 0; i < _kernelRing.Length; i++) _kernelRing[i] = 0;
            }

            if (_noise != null) _noise.Reset();
            _frameReady = false;
            _frameEnergy = -128;
        }

        private void ComputeFrame(sbyte[] features, int featuresOffset)
        {
            int n = _settings.WindowSize;
            _assembler.CopyFrame(_frame);
            int shift = BlockScaling.ShiftFor(_frame, n);
            _window.Apply(_frame, shift, _windowed);
            _fft.Transform(_windowed, _spectrumRe, _spectrumIm);
            PowerSpectrum.Compute(_spectrumRe, _spectrumIm, _melBank.FirstBin, _melBank.LastBin, _power);
            _melBank.Apply(_power, _bandEnergy);

            int compensation = (_log2Compensation + 2 * shift) << 16;
            int scale = _settings.LogScale;
            int logOffset = _settings.LogOffset;
            long total = 0;
            for (int b = 0; b < _bandEnergy.Length; b++)
            {
                long e = _bandEnergy[b];
                total += e;
                int log2 = _log2.Log2Q16(e) - compensation;
                _bandLog2[b] = log2;
                _values[b] = ((log2 * scale + 32768) >> 16) - logOffset;
            }

            int energy = (((_log2.Log2Q16(total) - compensation) * scale + 32768) >> 16) - logOffset;
            EmitFeatures(energy, features, featuresOffset);
        }

        private int ProcessWithKernel(short[] pcm, int offset, int count, sbyte[] features, int featuresOffset, OpCounter? ops)
        {
            IFrontEndKernel kernel = _kernel!;
            int[] state = _kernelState!;
            int used = kernel.Append(pcm, offset, count, _kernelRing!, state, _plan!);
            if (state[FrontEndPlan.StateReady] == 0) return used;
            int energy = kernel.ComputeFrame(_kernelRing!, state, _plan!, _work!, _energies!, _bandLog2, _values);
            EmitFeatures(energy, features, featuresOffset);
            if (ops != null) ops.Add(_opsPerFrame);
            _frameReady = true;
            return used;
        }

        // The part after the band values (either path): energy floor, noise normalisation, int8 clamp.
        private void EmitFeatures(int energy, sbyte[] features, int featuresOffset)
        {
            _frameEnergy = energy < -128 ? -128 : energy;

            if (_noise != null) _noise.Normalize(_values);
            for (int b = 0; b < _values.Length; b++)
            {
                int v = _values[b];
                if (v > 127) v = 127;
                if (v < -128) v = -128;
                features[featuresOffset + b] = (sbyte)v;
            }
        }
    }
}
