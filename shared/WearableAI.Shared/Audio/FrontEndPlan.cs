namespace WearableAI.Shared.Audio
{
    /// <summary>
    /// What an <see cref="IFrontEndKernel"/> needs of a <see cref="LogMelFrontEnd"/>, as plain int arrays (a native
    /// interop call takes arrays of numbers, not objects): the state of decimator and frame ring, and the plan — the
    /// settings and every table of the C# stages, copied once — with the layouts below. The native kernel
    /// (firmware/native) reads the same indices.
    /// </summary>
    /// <remarks>
    /// Plan: <see cref="HeaderLength"/> header values (the <c>Plan…</c> indices), then WindowSize window
    /// coefficients (Q15), N/2 FFT cosines, N/2 sines (Q15), N/2 bit-reversed indices, then per FFT bin (N/2 + 1)
    /// the mel segment, the rising and the falling weight (Q15), then the <see cref="FixedLog2.TableEntries"/>
    /// log2 table values (Q16). Work: N windowed samples, then N/2 + N/2 FFT values, then N/2 + 1 + N/2 + 1 spectrum
    /// values. Energies: N/2 + 1 powers, then MelBands band energies.
    /// </remarks>
    public static class FrontEndPlan
    {
        /// <summary>State: the decimator's seven newest inputs x0…x6 start here.</summary>
        public const int StateHistory = 0;

        /// <summary>State: 1 when a decimator input pair is half received.</summary>
        public const int StateOddPhase = 7;

        /// <summary>State: the ring's write position (= its oldest sample once full).</summary>
        public const int StateWrite = 8;

        /// <summary>State: samples in the ring (up to WindowSize).</summary>
        public const int StateFilled = 9;

        /// <summary>State: analysis samples since the last frame.</summary>
        public const int StateSinceFrame = 10;

        /// <summary>State: 1 when the last <see cref="IFrontEndKernel.Append"/> completed a frame.</summary>
        public const int StateReady = 11;

        /// <summary>Values of the state.</summary>
        public const int StateLength = 12;

        /// <summary>Plan header: WindowSize (N).</summary>
        public const int PlanWindowSize = 0;

        /// <summary>Plan header: MelBands.</summary>
        public const int PlanBands = 1;

        /// <summary>Plan header: first FFT bin of the mel bank.</summary>
        public const int PlanFirstBin = 2;

        /// <summary>Plan header: last FFT bin of the mel bank.</summary>
        public const int PlanLastBin = 3;

        /// <summary>Plan header: log2 compensation in octaves (before the block shift).</summary>
        public const int PlanLog2Compensation = 4;

        /// <summary>Plan header: LogScale.</summary>
        public const int PlanLogScale = 5;

        /// <summary>Plan header: LogOffset.</summary>
        public const int PlanLogOffset = 6;

        /// <summary>Plan header: Decimation (1 or 2).</summary>
        public const int PlanDecimation = 7;

        /// <summary>Plan header: HopSize.</summary>
        public const int PlanHopSize = 8;

        /// <summary>Values of the plan header.</summary>
        public const int HeaderLength = 9;

        /// <summary>The plan of a front end's stages.</summary>
        /// <param name="settings">Its settings.</param>
        /// <param name="window">Its window.</param>
        /// <param name="fft">Its FFT.</param>
        /// <param name="melBank">Its mel bank.</param>
        /// <param name="log2">Its logarithm.</param>
        /// <param name="log2Compensation">Octaves removed from every band's log2 before the block shift.</param>
        /// <returns>A new plan array.</returns>
        public static int[] Build(FrontEndSettings settings, AnalysisWindow window, FixedRealFft fft, MelFilterBank melBank, FixedLog2 log2, int log2Compensation)
        {
            int n = settings.WindowSize;
            int half = n / 2;
            int bins = half + 1;
            int[] plan = new int[HeaderLength + n + (3 * half) + (3 * bins) + FixedLog2.TableEntries];
            plan[PlanWindowSize] = n;
            plan[PlanBands] = settings.MelBands;
            plan[PlanFirstBin] = melBank.FirstBin;
            plan[PlanLastBin] = melBank.LastBin;
            plan[PlanLog2Compensation] = log2Compensation;
            plan[PlanLogScale] = settings.LogScale;
            plan[PlanLogOffset] = settings.LogOffset;
            plan[PlanDecimation] = settings.Decimation;
            plan[PlanHopSize] = settings.HopSize;
            int at = HeaderLength;
            for (int i = 0; i < n; i++) plan[at++] = window.CoefficientQ15(i);
            for (int k = 0; k < half; k++) plan[at++] = fft.CosQ15(k);
            for (int k = 0; k < half; k++) plan[at++] = fft.SinQ15(k);
            int bits = 0;
            while ((1 << bits) < half) bits++;
            for (int i = 0; i < half; i++)
            {
                int r = 0;
                for (int b = 0; b < bits; b++) r |= ((i >> b) & 1) << (bits - 1 - b);
                plan[at++] = r;
            }

            int bands = settings.MelBands;
            for (int k = 0; k < bins; k++)
            {
                int j = melBank.SegmentOf(k);
                plan[at] = j;
                plan[at + bins] = j >= 0 && j < bands ? melBank.WeightQ15(j, k) : 0;
                plan[at + (2 * bins)] = j > 0 ? melBank.WeightQ15(j - 1, k) : 0;
                at++;
            }

            at += 2 * bins;
            for (int i = 0; i < FixedLog2.TableEntries; i++) plan[at++] = log2.TableQ16(i);
            return plan;
        }

        /// <summary>Ints of the work array for WindowSize <paramref name="n"/>.</summary>
        /// <param name="n">WindowSize.</param>
        /// <returns>N + 2 · N/2 + 2 · (N/2 + 1) = 3N + 2.</returns>
        public static int WorkLength(int n)
        {
            return (3 * n) + 2;
        }

        /// <summary>Longs of the energies array.</summary>
        /// <param name="n">WindowSize.</param>
        /// <param name="bands">MelBands.</param>
        /// <returns>N/2 + 1 + bands.</returns>
        public static int EnergiesLength(int n, int bands)
        {
            return (n / 2) + 1 + bands;
        }
    }
}
