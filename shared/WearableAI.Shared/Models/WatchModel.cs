using WearableAI.Shared.Audio;
using WearableAI.Shared.Inference;

namespace WearableAI.Shared.Models
{
    /// <summary>
    /// The content of a watch model blob: version, the front end it was trained on, its
    /// vocabulary and detection thresholds, and the int8 layers. Plain data; build one for
    /// <see cref="ModelBlobWriter"/> or get one from <see cref="ModelBlobLoader"/>.
    /// </summary>
    public sealed class WatchModel
    {
        /// <summary>Version of the trained model (monotonic; the hub uses it for rollout and rollback).</summary>
        public uint ModelVersion;

        /// <summary>Front-end settings the model's features were computed with.</summary>
        public FrontEndSettings Settings = new FrontEndSettings();

        /// <summary>Labels in logit order, printable ASCII, e.g. "hey_nano", "yes", …, "unknown", "silence".</summary>
        public string[] Labels = new string[0];

        /// <summary>Index in <see cref="Labels"/> of the wake phrase.</summary>
        public int WakeLabelIndex;

        /// <summary>Smoothed wake logit (int8 units) at or above which a wake candidate fires.</summary>
        public int WakeThreshold;

        /// <summary>Number of output frames the wake logit is averaged over (1 = no smoothing).</summary>
        public int SmoothingFrames = 1;

        /// <summary>Output frames after a detection during which no new detection fires.</summary>
        public int RefractoryFrames;

        /// <summary>Features per input frame (must equal <c>Settings.MelBands</c>).</summary>
        public int InputBands;

        /// <summary>Feature frames per model input frame (1 = every frame).</summary>
        public int InputStride = 1;

        /// <summary>The layers, first to last; the last produces one logit per label.</summary>
        public QuantizedLayer[] Layers = new QuantizedLayer[0];

        /// <summary>Creates a runner with all working buffers for this model.</summary>
        /// <returns>A new runner; the caller owns it.</returns>
        public ModelRunner CreateRunner()
        {
            return new ModelRunner(Layers, InputStride);
        }
    }
}
