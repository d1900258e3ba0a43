using System.Runtime.CompilerServices;

namespace WearableAI.Kernels
{
    /// <summary>
    /// The voice gate's level and the pre-roll's folding in C++
    /// (firmware/native/WearableAI.Kernels/WearableAI_Kernels_WearableAI_Kernels_AudioBlockNative.cpp); the C# reference
    /// is VoiceActivityGate.Process and PcmPreRoll.CompleteBlock.
    /// </summary>
    public static class AudioBlockNative
    {
        /// <summary>Σ |pcm[i]| over i = start, start + 2, … &lt; end, wrapping like C# int.</summary>
        /// <param name="pcm">Samples.</param>
        /// <param name="start">First index.</param>
        /// <param name="end">End (exclusive).</param>
        /// <returns>The sum.</returns>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int SumEven(short[] pcm, int start, int end);

        /// <summary>folded[write + p] = (block[2p] + block[2p + 1]) &gt;&gt; 1 for p &lt; pairs.</summary>
        /// <param name="block">Samples of the block.</param>
        /// <param name="folded">Receives the pair averages.</param>
        /// <param name="write">First index written.</param>
        /// <param name="pairs">Pairs.</param>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Fold(short[] block, short[] folded, int write, int pairs);
    }
}
