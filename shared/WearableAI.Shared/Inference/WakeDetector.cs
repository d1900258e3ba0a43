namespace WearableAI.Shared.Inference
{
    /// <summary>
    /// The watch's half of the wake decision rule (docs/evaluation.md, "One decision rule"): the wake score
    /// of each model output row (<c>WatchModel.WakeScore</c>) averaged over the last <see cref="SmoothingRows"/>
    /// rows; a trigger when the full window's sum reaches threshold × rows (the floor of the mean reaches the
    /// threshold); then no trigger for <see cref="RefractoryRows"/> rows. No score before the window is full.
    /// The firmware's <c>KeywordSpotter</c> and <c>wai eval</c> both run this class, so the triggers the
    /// evaluation measures are the watch's.
    /// </summary>
    /// <remarks>Allocates its window once in the constructor; <see cref="Push"/> allocates nothing.</remarks>
    public sealed class WakeDetector
    {
        private readonly int[] _window;
        private int _next;
        private int _count;
        private int _sum;
        private int _refractoryLeft;

        /// <summary>Creates the detector for a blob's smoothing, threshold and refractory period.</summary>
        /// <param name="smoothingRows">Rows averaged (1 = none; at least 1).</param>
        /// <param name="threshold">Smoothed score (int8 logit units) at or above which it triggers.</param>
        /// <param name="refractoryRows">Rows after a trigger during which no other trigger fires.</param>
        public WakeDetector(int smoothingRows, int threshold, int refractoryRows)
        {
            if (smoothingRows < 1)
            {
                throw new System.ArgumentOutOfRangeException(nameof(smoothingRows));
            }

            _window = new int[smoothingRows];
            Threshold = threshold;
            RefractoryRows = refractoryRows;
        }

        /// <summary>Rows the wake score is averaged over.</summary>
        public int SmoothingRows
        {
            get { return _window.Length; }
        }

        /// <summary>Smoothed score (int8 logit units) at or above which a row triggers.</summary>
        public int Threshold { get; set; }

        /// <summary>Rows after a trigger during which no other trigger fires (negative counts as 0).</summary>
        public int RefractoryRows { get; set; }

        /// <summary>True once the smoothing window is full (from then on every row has a score).</summary>
        public bool IsFull
        {
            get { return _count == _window.Length; }
        }

        /// <summary>The sum of the wake scores in the window (the mean's numerator).</summary>
        public int Sum
        {
            get { return _sum; }
        }

        /// <summary>The smoothed score: the floor of the window's mean; −128 until the window is full.</summary>
        public int Smoothed
        {
            get
            {
                if (!IsFull)
                {
                    return -128;
                }

                int n = _window.Length;
                return _sum >= 0 ? _sum / n : -((-_sum + n - 1) / n);
            }
        }

        /// <summary>Takes one output row's wake score; true when the wake word triggers on it.</summary>
        /// <param name="wakeScore">The row's wake score, −128…127.</param>
        /// <returns>True on a trigger.</returns>
        public bool Push(int wakeScore)
        {
            _sum += wakeScore - _window[_next];
            _window[_next] = wakeScore;
            _next = _next + 1 == _window.Length ? 0 : _next + 1;
            if (_count < _window.Length)
            {
                _count++;
                if (_count < _window.Length)
                {
                    return false;
                }
            }

            if (_refractoryLeft > 0)
            {
                _refractoryLeft--;
                return false;
            }

            if (_sum < Threshold * _window.Length)
            {
                return false;
            }

            _refractoryLeft = RefractoryRows < 0 ? 0 : RefractoryRows;
            return true;
        }

        /// <summary>Empties the window and ends any refractory period (a new stream).</summary>
        public void Reset()
        {
            for (int i = 0; i < _window.Length; i++)
            {
                _window[i] = 0;
            }

            _next = 0;
            _count = 0;
            _sum = 0;
            _refractoryLeft = 0;
        }
    }
}
