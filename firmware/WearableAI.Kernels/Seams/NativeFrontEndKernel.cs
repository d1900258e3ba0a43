using WearableAI.Shared.Audio;

namespace WearableAI.Kernels
{
    /// <summary>The front end's decimation and frame arithmetic in C++ (the interop assembly WearableAI.Kernels).</summary>
    public sealed class NativeFrontEndKernel : IFrontEndKernel
    {
        /// <inheritdoc/>
        public int Append(short[] pcm, int offset, int count, int[] ring, int[] state, int[] plan)
        {
            return FrontEndNative.Decimate(pcm, offset, count, ring, state, plan);
        }

        /// <inheritdoc/>
        public int ComputeFrame(int[] ring, int[] state, int[] plan, int[] work, long[] energies, int[] bandLog2, int[] values)
        {
            return FrontEndNative.Frame(ring, state, plan, work, energies, bandLog2, values);
        }
    }
}
