namespace WearableAI.Shared.Audio
{
    /// <summary>
    /// The per-hop arithmetic of <see cref="LogMelFrontEnd"/> done by other code than its C# stages — on the watch, a
    /// nanoFramework native interop assembly (firmware/native) — with the same integers: decimation into the frame
    /// ring, then per frame block scaling, window, FFT, power spectrum, mel bank and log2. The C# stages stay the
    /// reference: a kernel must give bit-identical band values, and a front end without one runs them.
    /// Layouts of <c>state</c>, <c>plan</c> and the work arrays: <see cref="FrontEndPlan"/>.
    /// </summary>
    public interface IFrontEndKernel
    {
        /// <summary>
        /// <see cref="HalfBandDecimator.DecimateInto"/> and <see cref="FrameAssembler.Append"/> until a frame is
        /// ready or the input is used up: decimates <paramref name="pcm"/> into <paramref name="ring"/>, moves the
        /// filter and ring state in <paramref name="state"/>, and sets <c>state[FrontEndPlan.StateReady]</c> to 1
        /// when the last sample consumed completed a frame (else 0).
        /// </summary>
        /// <param name="pcm">Input samples.</param>
        /// <param name="offset">First sample.</param>
        /// <param name="count">Samples available (≥ 1).</param>
        /// <param name="ring">The frame ring (WindowSize analysis-rate samples, 32 × the decimator output).</param>
        /// <param name="state">Decimator and ring state (<see cref="FrontEndPlan.StateLength"/> values).</param>
        /// <param name="plan">The plan (<see cref="FrontEndPlan.Build"/>).</param>
        /// <returns>Samples consumed.</returns>
        int Append(short[] pcm, int offset, int count, int[] ring, int[] state, int[] plan);

        /// <summary>
        /// The frame now in <paramref name="ring"/> (oldest sample at <c>state[FrontEndPlan.StateWrite]</c>) to
        /// band values: writes log2(E_b) in Q16 to <paramref name="bandLog2"/> and
        /// <c>((log2 · LogScale + 32768) &gt;&gt; 16) − LogOffset</c> to <paramref name="values"/> (before noise
        /// normalisation and clamping), as <see cref="LogMelFrontEnd"/> computes them.
        /// </summary>
        /// <param name="ring">The frame ring.</param>
        /// <param name="state">Ring state.</param>
        /// <param name="plan">The plan.</param>
        /// <param name="work">Scratch of <see cref="FrontEndPlan.WorkLength"/> ints.</param>
        /// <param name="energies">Scratch of <see cref="FrontEndPlan.EnergiesLength"/> longs.</param>
        /// <param name="bandLog2">Receives MelBands values.</param>
        /// <param name="values">Receives MelBands values.</param>
        /// <returns>The frame energy in feature units, before the floor of −128.</returns>
        int ComputeFrame(int[] ring, int[] state, int[] plan, int[] work, long[] energies, int[] bandLog2, int[] values);
    }
}
