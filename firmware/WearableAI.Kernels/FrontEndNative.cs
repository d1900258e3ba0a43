using System.Runtime.CompilerServices;

namespace WearableAI.Kernels
{
    /// <summary>
    /// The front end's decimation and per-frame arithmetic in C++
    /// (firmware/native/WearableAI.Kernels/WearableAI_Kernels_WearableAI_Kernels_FrontEndNative.cpp), on the state and
    /// plan arrays of WearableAI.Shared.Audio.FrontEndPlan; the C# reference is LogMelFrontEnd's stages.
    /// </summary>
    public static class FrontEndNative
    {
        /// <summary>IFrontEndKernel.Append: decimates into the ring until a frame is ready or the input is used up.</summary>
        /// <param name="pcm">Input samples.</param>
        /// <param name="offset">First sample.</param>
        /// <param name="count">Samples available.</param>
        /// <param name="ring">The frame ring.</param>
        /// <param name="state">Decimator and ring state.</param>
        /// <param name="plan">The plan.</param>
        /// <returns>Samples consumed.</returns>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int Decimate(short[] pcm, int offset, int count, int[] ring, int[] state, int[] plan);

        /// <summary>IFrontEndKernel.ComputeFrame: band log2 values and band values of the frame in the ring.</summary>
        /// <param name="ring">The frame ring.</param>
        /// <param name="state">Ring state.</param>
        /// <param name="plan">The plan.</param>
        /// <param name="work">Int scratch.</param>
        /// <param name="energies">Long scratch.</param>
        /// <param name="bandLog2">Receives log2(E_b) in Q16.</param>
        /// <param name="values">Receives the band values before noise normalisation and clamping.</param>
        /// <returns>The frame energy before its floor.</returns>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int Frame(int[] ring, int[] state, int[] plan, int[] work, long[] energies, int[] bandLog2, int[] values);
    }
}
