namespace WearableAI.Shared.Models
{
    /// <summary>
    /// The limits a watch model must respect (DESIGN.md budgets: weights ≤ 16 KB, working
    /// buffers ≤ 24 KB). <see cref="ModelBlobLoader"/> refuses a blob that exceeds any of them.
    /// </summary>
    public static class ModelLimits
    {
        /// <summary>Layer parameter bytes (int8 weights + per-channel bias, multiplier, shift).</summary>
        public const int MaxWeightBytes = 16 * 1024;

        /// <summary>Working buffer bytes of the runner (rings, tap offsets, layer outputs).</summary>
        public const int MaxWorkingBytes = 24 * 1024;

        /// <summary>Labels in the vocabulary.</summary>
        public const int MaxLabels = 32;

        /// <summary>Characters per label.</summary>
        public const int MaxLabelLength = 32;

        /// <summary>Layers in the chain.</summary>
        public const int MaxLayers = 16;

        /// <summary>Channels per frame of any layer.</summary>
        public const int MaxChannels = 256;

        /// <summary>Kernel size of a time convolution.</summary>
        public const int MaxKernelSize = 16;

        /// <summary>Stride of a time convolution.</summary>
        public const int MaxStride = 8;

        /// <summary>Dilation of a time convolution.</summary>
        public const int MaxDilation = 16;

        /// <summary>Model input stride (feature frames per model input frame).</summary>
        public const int MaxInputStride = 8;

        /// <summary>Score smoothing window in model output frames.</summary>
        public const int MaxSmoothingFrames = 64;

        /// <summary>Largest bias magnitude (2^30), which with the fan-in limit keeps the int32 accumulator from overflowing.</summary>
        public const int MaxBiasMagnitude = 1 << 30;
    }
}
