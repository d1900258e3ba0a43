namespace WearableAI.Firmware.Listening
{
    /// <summary>
    /// What the listening pipeline keeps of an utterance, frame by frame: the feature history that becomes
    /// the wake window at a trigger (arranged in place and frozen until <see cref="Rearm"/>), how much of it
    /// lies before the voice onset, and the command frames captured after the trigger.
    /// </summary>
    /// <remarks>Buffers allocated once; allocation-free per frame. Not thread-safe.</remarks>
    public sealed class UtteranceCapture
    {
        private readonly FeatureHistory _history;
        private readonly sbyte[] _command;
        private readonly int _bands;
        private readonly int _windowFrames;
        private readonly int _commandFrames;
        private readonly int _postRollFrames;
        private int _settling;
        private bool _armed = true;
        private bool _capturing;
        private int _captured;
        private int _framesSinceOnset;
        private int _wakePreRoll;
        private short _wakeScore;
        private long _wakeFrame;

        /// <summary>Allocates the history (= wake window) and the command buffer.</summary>
        /// <param name="bands">Features per frame.</param>
        /// <param name="windowFrames">Frames per wake window.</param>
        /// <param name="commandFrames">Frames per command.</param>
        /// <param name="postRollFrames">Frames the wake window runs on after the trigger before it is frozen (less than <paramref name="commandFrames"/>).</param>
        public UtteranceCapture(int bands, int windowFrames, int commandFrames, int postRollFrames)
        {
            _bands = bands;
            _windowFrames = windowFrames;
            _commandFrames = commandFrames;
            _postRollFrames = postRollFrames;
            _history = new FeatureHistory(bands, windowFrames);
            _command = new sbyte[bands * commandFrames];
        }

        /// <summary>The recent feature frames (the wake window, replayed pre-roll included).</summary>
        public FeatureHistory History
        {
            get { return _history; }
        }

        /// <summary>Features (mel bands) per frame.</summary>
        public int Bands
        {
            get { return _bands; }
        }

        /// <summary>Frames per wake window.</summary>
        public int WindowFrames
        {
            get { return _windowFrames; }
        }

        /// <summary>Frames per command.</summary>
        public int CommandFrames
        {
            get { return _commandFrames; }
        }

        /// <summary>
        /// True while a trigger is accepted and through its post-roll (the trigger is not reported yet);
        /// cleared when the wake window is frozen, set again by <see cref="Rearm"/>.
        /// </summary>
        public bool IsArmed
        {
            get { return _armed || _settling > 0; }
        }

        /// <summary>True from a trigger to the end of its post-roll, when the trigger is reported (<see cref="CaptureEvent.WakeTriggered"/>).</summary>
        public bool IsPostRolling
        {
            get { return _settling > 0; }
        }

        /// <summary>True while the command after a trigger is being captured.</summary>
        public bool IsCapturing
        {
            get { return _capturing; }
        }

        /// <summary>The wake window of the last trigger, frame-major: the history itself, frozen until <see cref="Rearm"/>.</summary>
        public sbyte[] WakeWindow
        {
            get { return _history.Frames; }
        }

        /// <summary>Frames of <see cref="WakeWindow"/> before the voice onset.</summary>
        public int WakePreRollFrames
        {
            get { return _wakePreRoll; }
        }

        /// <summary>The frame number of the last trigger (as passed to <see cref="AddFrame"/>: the pipeline counts every frame computed, replayed pre-roll included).</summary>
        public long WakeFrame
        {
            get { return _wakeFrame; }
        }

        /// <summary>The smoothed wake score (Q15) at the last trigger.</summary>
        public short WakeScore
        {
            get { return _wakeScore; }
        }

        /// <summary>The captured command: <see cref="CommandFrames"/> frames, frame-major.</summary>
        public sbyte[] CommandFeatures
        {
            get { return _command; }
        }

        /// <summary>Bytes of the history and the command buffer.</summary>
        public int WorkingBytes
        {
            get { return _history.WorkingBytes + _command.Length; }
        }

        /// <summary>The front end woke up: a fresh history, and the voice onset is the next frame after the replayed pre-roll.</summary>
        public void StartUtterance()
        {
            _history.Clear();
            _framesSinceOnset = 0;
        }

        /// <summary>The replayed pre-roll is in: the onset counts from here.</summary>
        public void MarkOnset()
        {
            _framesSinceOnset = 0;
        }

        /// <summary>Accepts triggers again, drops any command being captured and starts a fresh history.</summary>
        public void Rearm()
        {
            if (!_armed)
            {
                // The history was frozen as the last wake window; start a fresh one.
                _history.Clear();
            }

            _armed = true;
            _capturing = false;
            _captured = 0;
            _settling = 0;
        }

        /// <summary>Keeps one feature frame: into the history while armed and through the post-roll, into the command while capturing; the window freezes when the post-roll after a trigger ends.</summary>
        /// <param name="frame">The frame's features (<c>bands</c> values from 0).</param>
        /// <param name="trigger">The spotter triggered on this frame.</param>
        /// <param name="score">The spotter's smoothed score (Q15), recorded at a trigger.</param>
        /// <param name="frameNumber">The frame's number, recorded at a trigger.</param>
        /// <returns>What the frame completed.</returns>
        public CaptureEvent AddFrame(sbyte[] frame, bool trigger, short score, long frameNumber)
        {
            _framesSinceOnset++;
            if (_armed || _settling > 0)
            {
                // Frozen from the end of the post-roll to Rearm: it is the wake window the caller reads.
                _history.Push(frame, 0);
            }

            if (_capturing)
            {
                System.Array.Copy(frame, 0, _command, _captured * _bands, _bands);
                _captured++;
            }

            if (_settling > 0)
            {
                _settling--;
                return _settling == 0 ? Freeze() : CaptureEvent.None;
            }

            if (_capturing)
            {
                if (_captured < _commandFrames)
                {
                    return CaptureEvent.None;
                }

                _capturing = false;
                return CaptureEvent.CommandCompleted;
            }

            if (!trigger || !_armed)
            {
                return CaptureEvent.None;
            }

            // The command starts with the next frame; the wake window runs on for the post-roll so that it
            // holds the end of the phrase (the spotter may fire before the phrase is over).
            _armed = false;
            _wakeScore = score;
            _wakeFrame = frameNumber;
            _capturing = true;
            _captured = 0;
            _settling = _postRollFrames;
            return _settling == 0 ? Freeze() : CaptureEvent.None;
        }

        private CaptureEvent Freeze()
        {
            int held = _history.Count;
            _history.Arrange();
            int preRoll = _windowFrames - _framesSinceOnset;
            int missing = _windowFrames - held;
            _wakePreRoll = preRoll < 0 ? 0 : preRoll;
            if (_wakePreRoll < missing)
            {
                _wakePreRoll = missing;
            }

            return CaptureEvent.WakeTriggered;
        }
    }
}
