using WearableAI.Shared.Common;
using WearableAI.Shared.Inference;
using WearableAI.Shared.Models;

namespace WearableAI.Firmware.Listening
{
    /// <summary>
    /// The tiny model's decision: feature frames → streaming <see cref="ModelRunner"/> →
    /// wake score (<see cref="WatchModel.WakeScore"/>) → the shared <see cref="WakeDetector"/> (averaged over the blob's
    /// <c>SmoothingFrames</c> output rows → threshold → refractory → trigger, the rule <c>wai eval</c> measures). Also sums every label's logit while a command is captured, for
    /// the watch's own (unverified) guess.
    /// </summary>
    /// <remarks>
    /// <para>Thresholds are in int8 logit units (the blob's <c>WakeThreshold</c>); the protocol's
    /// Q15 scores map to them by <see cref="LogitToQ15"/>. Refractory counts model output rows.</para>
    /// <para>The runner and every buffer are created in the constructor; <see cref="PushFrame"/>
    /// allocates nothing. One instance per model: a model update builds a new spotter.</para>
    /// </remarks>
    public sealed class KeywordSpotter
    {
        private readonly WatchModel _model;
        private readonly ModelRunner _runner;
        private readonly WakeDetector _detector;
        private readonly int[] _labelSums;
        private int _smoothed = -128;
        private int _rows;

        /// <summary>Builds the runner for a validated model.</summary>
        /// <param name="model">A model accepted by <c>ModelBlobLoader</c>; not copied.</param>
        public KeywordSpotter(WatchModel model)
        {
            _model = model ?? throw new System.ArgumentNullException(nameof(model));
            _runner = model.CreateRunner();
            _detector = new WakeDetector(model.SmoothingFrames, model.WakeThreshold, model.RefractoryFrames);
            _labelSums = new int[model.Labels.Length];
        }

        /// <summary>Where the model's int8 layers run: a native kernel, or null for the C# kernels (the reference).</summary>
        public ILayerKernel? LayerKernel
        {
            get { return _runner.Kernel; }
            set { _runner.Kernel = value; }
        }

        /// <summary>The model this spotter runs.</summary>
        public WatchModel Model
        {
            get { return _model; }
        }

        /// <summary>Wake threshold in logit units (−128…127); the blob's value until changed.</summary>
        public int Threshold
        {
            get { return _detector.Threshold; }
            set { _detector.Threshold = value < -128 ? -128 : (value > 127 ? 127 : value); }
        }

        /// <summary>Output rows without a new trigger after one; the blob's value until changed.</summary>
        public int RefractoryRows
        {
            get { return _detector.RefractoryRows; }
            set { _detector.RefractoryRows = value < 0 ? 0 : value; }
        }

        /// <summary>The latest smoothed wake logit (−128 before a full window).</summary>
        public int SmoothedLogit
        {
            get { return _smoothed; }
        }

        /// <summary>The latest smoothed wake score in Q15 (0…32640).</summary>
        public short Score
        {
            get { return LogitToQ15(_smoothed); }
        }

        /// <summary>Model output rows produced since construction.</summary>
        public int Rows
        {
            get { return _rows; }
        }

        /// <summary>Working bytes: the runner's plus the smoothing window and label sums.</summary>
        public int WorkingBytes
        {
            get { return _runner.WorkingBytes + (4 * _detector.SmoothingRows) + (4 * _labelSums.Length); }
        }

        /// <summary>Maps an int8 logit to a Q15 score: (logit + 128) × 128.</summary>
        /// <param name="logit">−128…127.</param>
        /// <returns>0…32640.</returns>
        public static short LogitToQ15(int logit)
        {
            return (short)((logit + 128) << 7);
        }

        /// <summary>Model output rows in <paramref name="refractoryMs"/> (a DeviceConfig refractory period for <paramref name="model"/>).</summary>
        /// <param name="model">The model (its input stride, layer strides and frame rate).</param>
        /// <param name="refractoryMs">Milliseconds.</param>
        /// <returns>Output rows.</returns>
        public static int RefractoryRowsFor(WatchModel model, int refractoryMs)
        {
            int stride = model.InputStride;
            for (int i = 0; i < model.Layers.Length; i++)
            {
                stride *= model.Layers[i].Stride;
            }

            long featureFrames = (long)refractoryMs * model.Settings.FramesPerKilosecond / 1000000L;
            return (int)(featureFrames / stride);
        }

        /// <summary>Maps a Q15 threshold (e.g. from DeviceConfig) back to logit units.</summary>
        /// <param name="q15">0…32767.</param>
        /// <returns>−128…127.</returns>
        public static int Q15ToLogit(int q15)
        {
            int logit = (q15 >> 7) - 128;
            return logit > 127 ? 127 : logit;
        }

        /// <summary>Pushes one feature frame; true when the wake word triggered on it.</summary>
        /// <param name="features">Source of the frame.</param>
        /// <param name="offset">First of the model's input bands.</param>
        /// <param name="ops">Counter, or null.</param>
        /// <returns>True on a trigger.</returns>
        public bool PushFrame(sbyte[] features, int offset, OpCounter? ops)
        {
            if (!_runner.PushFrame(features, offset, ops))
            {
                return false;
            }

            _rows++;
            sbyte[] scores = _runner.Scores;
            for (int i = 0; i < _labelSums.Length; i++)
            {
                _labelSums[i] += scores[i];
            }

            bool triggered = _detector.Push(_model.WakeScore(scores, 0));
            if (ops != null)
            {
                ops.Add(_labelSums.Length + (_model.WakeScoreIsMargin ? _labelSums.Length + 2L : 0L) + 8L);
            }

            if (_detector.IsFull)
            {
                _smoothed = _detector.Sum / _detector.SmoothingRows;
            }

            return triggered;
        }

        /// <summary>
        /// Fills the model's receptive field before the first real frame after a <see cref="Reset"/>: the
        /// <paramref name="count"/> frames of <paramref name="frames"/> (the pre-roll, oldest first) reflected
        /// about the oldest one, as far back as the model reaches. Training pads clips the same way, so the
        /// first real frame already yields an output row. Primed rows neither score nor trigger.
        /// </summary>
        /// <param name="frames">Frame-major features, at least <paramref name="count"/> frames of the model's bands.</param>
        /// <param name="count">Frames held (1 or more).</param>
        /// <param name="ops">Counter, or null.</param>
        public void Prime(sbyte[] frames, int count, OpCounter? ops)
        {
            int bands = _model.InputBands;
            int primer = _model.ReceptiveFrames - count;
            int period = count > 1 ? 2 * (count - 1) : 1;
            for (int back = primer; back >= 1; back--)
            {
                int folded = back % period;
                int index = folded < count ? folded : period - folded;
                _runner.PushFrame(frames, index * bands, ops);
            }
        }

        /// <summary>Starts summing label logits afresh (at the start of a command).</summary>
        public void ClearLabelSums()
        {
            for (int i = 0; i < _labelSums.Length; i++)
            {
                _labelSums[i] = 0;
            }
        }

        /// <summary>The label with the highest summed logit since <see cref="ClearLabelSums"/>, other than the wake label; −1 with none.</summary>
        /// <returns>A label index or −1.</returns>
        public int BestCommandLabel()
        {
            int best = -1;
            for (int i = 0; i < _labelSums.Length; i++)
            {
                if (i != _model.WakeLabelIndex && (best < 0 || _labelSums[i] > _labelSums[best]))
                {
                    best = i;
                }
            }

            return best;
        }

        /// <summary>Forgets the model history, the smoothing window and the refractory count (gate reopened).</summary>
        public void Reset()
        {
            _runner.Reset();
            _detector.Reset();
            _smoothed = -128;
        }
    }
}
