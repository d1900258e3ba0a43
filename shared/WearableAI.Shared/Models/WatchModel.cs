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

        /// <summary>Smoothed wake score (<see cref="WakeScore"/>, int8 units) at or above which a wake candidate fires.</summary>
        public int WakeThreshold;

        /// <summary>
        /// True (blob flag <see cref="ModelBlobFormat.FlagWakeMargin"/>): the wake score of an output row is
        /// the wake logit minus the largest other logit — the quantity the tiny model's training separates
        /// (a softmax only cares about differences). False: the wake logit alone (blobs written before the flag).
        /// </summary>
        public bool WakeScoreIsMargin;

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

        /// <summary>
        /// The wake score of one output row: the wake logit, or with <see cref="WakeScoreIsMargin"/> the wake
        /// logit minus the largest other logit, clamped to −128…127. The watch and the training tools both use this.
        /// </summary>
        /// <param name="logits">Logits, one per label, from <paramref name="offset"/> on.</param>
        /// <param name="offset">Index of the row's first logit.</param>
        /// <returns>−128…127.</returns>
        public int WakeScore(sbyte[] logits, int offset)
        {
            return WakeScoreOf(logits, offset, Labels.Length, WakeLabelIndex, WakeScoreIsMargin);
        }

        /// <summary>The wake score of one output row for a model that is not built yet (training tools).</summary>
        /// <param name="logits">Logits, one per label, from <paramref name="offset"/> on.</param>
        /// <param name="offset">Index of the row's first logit.</param>
        /// <param name="labelCount">Logits per row.</param>
        /// <param name="wakeIndex">Index of the wake label.</param>
        /// <param name="margin">See <see cref="WakeScoreIsMargin"/>.</param>
        /// <returns>−128…127.</returns>
        public static int WakeScoreOf(sbyte[] logits, int offset, int labelCount, int wakeIndex, bool margin)
        {
            int wake = logits[offset + wakeIndex];
            if (!margin)
            {
                return wake;
            }

            int other = -256;
            for (int i = 0; i < labelCount; i++)
            {
                if (i != wakeIndex && logits[offset + i] > other)
                {
                    other = logits[offset + i];
                }
            }

            int difference = wake - other;
            return difference < -128 ? -128 : (difference > 127 ? 127 : difference);
        }

        /// <summary>
        /// Feature frames one output row depends on: the input stride times the layers' span, each layer's
        /// (kernel − 1) · dilation counted at the stride of the layers before it.
        /// </summary>
        public int ReceptiveFrames
        {
            get
            {
                int span = 1;
                int jump = 1;
                for (int i = 0; i < Layers.Length; i++)
                {
                    span += (Layers[i].KernelSize - 1) * Layers[i].Dilation * jump;
                    jump *= Layers[i].Stride;
                }

                return span * InputStride;
            }
        }

        /// <summary>Creates a runner with all working buffers for this model.</summary>
        /// <returns>A new runner; the caller owns it.</returns>
        public ModelRunner CreateRunner()
        {
            return new ModelRunner(Layers, InputStride);
        }
    }
}
