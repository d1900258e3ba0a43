using WearableAI.Shared.Audio;
using WearableAI.Shared.Inference;

namespace WearableAI.Firmware.Listening
{
    /// <summary>
    /// The hot loops of listening done outside the interpreter: what a firmware image with the native interop
    /// assembly (firmware/native, WearableAI.Kernels) provides. Each one left null runs in C#, the reference: a .NET
    /// build and a firmware image without the native part give the same features, scores and frames, only slower.
    /// </summary>
    public sealed class ListeningKernels
    {
        /// <summary>Voice gate level and pre-roll folding (one call each per audio block), or null.</summary>
        public IAudioBlockKernel? AudioBlocks;

        /// <summary>Decimation and frame arithmetic of the front end (one call each per hop), or null.</summary>
        public IFrontEndKernel? FrontEnd;

        /// <summary>Int8 layers of the model (one call per layer and output frame), or null.</summary>
        public ILayerKernel? Layers;
    }
}
