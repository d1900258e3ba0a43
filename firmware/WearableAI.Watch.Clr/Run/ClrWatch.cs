using WearableAI.Firmware;
using WearableAI.Firmware.Listening;

namespace WearableAI.Firmware.Clr.Run
{
    /// <summary>
    /// The whole firmware core (<see cref="Firmware.Watch"/>) on seams that run anywhere: a scripted
    /// microphone, a clock advanced 32 ms per step (512 samples, the default audio chunk), a link that is
    /// connected and never answers (so the watch sends Status, Hello and its wake candidates and then goes
    /// offline), and a model store holding the given blob.
    /// </summary>
    public sealed class ClrWatch
    {
        /// <summary>Milliseconds of audio per step (512 samples at 16 kHz).</summary>
        public const int StepMs = 32;

        private readonly ArrayAudioSource _audio;
        private readonly SteppedClock _clock = new SteppedClock();
        private readonly RecordingLink _link;
        private readonly Firmware.Watch _watch;

        /// <summary>Builds the watch.</summary>
        /// <param name="blob">The model blob (watch.waim).</param>
        /// <param name="script">The audio it hears.</param>
        /// <param name="published">Where published frames are written, or null.</param>
        /// <param name="kernels">Native kernels (the interop assembly, when nanoCLR has it), or null for the C# path.</param>
        public ClrWatch(byte[] blob, AudioScript script, LineSink? published, ListeningKernels? kernels)
        {
            _audio = new ArrayAudioSource(script);
            _link = new RecordingLink(published);
            WatchHardware hardware = new WatchHardware();
            hardware.Audio = _audio;
            hardware.Indicator = new QuietIndicator();
            hardware.Clock = _clock;
            hardware.Link = _link;
            hardware.ModelStore = new ArrayModelStore(blob, 32 * 1024);
            WatchSettings settings = new WatchSettings();
            settings.Identity.DeviceId = "clr-watch";
            settings.Listening.Kernels = kernels;
            _watch = new Firmware.Watch(hardware, settings);
        }

        /// <summary>The watch.</summary>
        public Firmware.Watch Watch
        {
            get { return _watch; }
        }

        /// <summary>The link (frames published).</summary>
        public RecordingLink Link
        {
            get { return _link; }
        }

        /// <summary>True once the script has been heard to its end.</summary>
        public bool IsFinished
        {
            get { return _audio.IsFinished; }
        }

        /// <summary>One main-loop turn, then the clock moves 32 ms.</summary>
        public void Step()
        {
            _watch.Step();
            _clock.Advance(StepMs);
        }
    }
}
