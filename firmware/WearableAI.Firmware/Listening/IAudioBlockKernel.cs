namespace WearableAI.Firmware.Listening
{
    /// <summary>
    /// The idle path's two loops over every audio block — the <see cref="VoiceActivityGate"/>'s level and the
    /// <see cref="PcmPreRoll"/>'s folding to 8 kHz — done by other code than their C# loops (on the watch, a
    /// nanoFramework native interop assembly, firmware/native) with the same integers. The C# loops stay the
    /// reference and the fallback.
    /// </summary>
    public interface IAudioBlockKernel
    {
        /// <summary>Σ |pcm[i]| over i = <paramref name="start"/>, start + 2, … &lt; <paramref name="end"/>, as a C# <c>int</c> sum.</summary>
        /// <param name="pcm">Samples.</param>
        /// <param name="start">First index.</param>
        /// <param name="end">End (exclusive).</param>
        /// <returns>The sum.</returns>
        int SumEvenMagnitudes(short[] pcm, int start, int end);

        /// <summary><c>folded[write + p] = (short)((block[2p] + block[2p + 1]) &gt;&gt; 1)</c> for p &lt; <paramref name="pairs"/>.</summary>
        /// <param name="block">Samples of the block.</param>
        /// <param name="folded">Receives the pair averages.</param>
        /// <param name="write">First index written.</param>
        /// <param name="pairs">Pairs.</param>
        void FoldPairs(short[] block, short[] folded, int write, int pairs);
    }
}
