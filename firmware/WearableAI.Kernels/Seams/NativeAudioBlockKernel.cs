using WearableAI.Firmware.Listening;

namespace WearableAI.Kernels
{
    /// <summary>The voice gate's level and the pre-roll's folding in C++ (the interop assembly WearableAI.Kernels).</summary>
    public sealed class NativeAudioBlockKernel : IAudioBlockKernel
    {
        /// <inheritdoc/>
        public int SumEvenMagnitudes(short[] pcm, int start, int end)
        {
            return AudioBlockNative.SumEven(pcm, start, end);
        }

        /// <inheritdoc/>
        public void FoldPairs(short[] block, short[] folded, int write, int pairs)
        {
            AudioBlockNative.Fold(block, folded, write, pairs);
        }
    }
}
