using WearableAI.Firmware.Listening;

namespace WearableAI.Kernels
{
    /// <summary>
    /// The native kernels when the firmware image has the native part of the interop assembly WearableAI.Kernels, else null: nanoCLR loads an interop
    /// assembly whose C++ is missing, and its first native call throws. A firmware without the native part thus runs
    /// the C# kernels (the reference), with the same results.
    /// </summary>
    public static class NativeKernels
    {
        /// <summary>All three native kernels, or null when the running nanoCLR lacks their native part.</summary>
        /// <returns>The kernels, or null.</returns>
        public static ListeningKernels? TryCreate()
        {
            try
            {
                short[] probe = new short[] { -3, 1, 4 };
                if (AudioBlockNative.SumEven(probe, 0, 3) != 7)
                {
                    return null;
                }
            }
            catch (System.Exception)
            {
                return null;
            }

            ListeningKernels kernels = new ListeningKernels();
            kernels.AudioBlocks = new NativeAudioBlockKernel();
            kernels.FrontEnd = new NativeFrontEndKernel();
            kernels.Layers = new NativeLayerKernel();
            return kernels;
        }
    }
}
