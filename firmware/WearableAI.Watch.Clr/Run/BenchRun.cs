using WearableAI.Firmware.Listening;

namespace WearableAI.Firmware.Clr.Run
{
    /// <summary>
    /// The bench run: the watch over idle noise, continuous speech and an utterance, printing one short
    /// marker line per 32 ms step and nothing else, so that an instruction counter that cuts its count at
    /// every console write (wai bench: callgrind <c>--dump-before</c>) gets the cost of each step.
    /// </summary>
    /// <remarks>
    /// Lines: <c>calibrate</c> and 16 × <c>m</c> (back-to-back writes: the cost of a marker itself), then per
    /// scenario <c>begin &lt;name&gt; &lt;steps&gt;</c>, one <c>s</c> per step, <c>end &lt;name&gt; &lt;wake candidates&gt;</c>.
    /// </remarks>
    public static class BenchRun
    {
        /// <summary>Seconds of idle and of speech.</summary>
        public const int Seconds = 10;

        /// <summary>Marker lines of the calibration.</summary>
        public const int CalibrationMarkers = 16;

        /// <summary>Runs the scenarios.</summary>
        /// <param name="blob">The model blob.</param>
        /// <param name="wake">"hey nano".</param>
        /// <param name="command">A command word.</param>
        /// <param name="seconds">Seconds of idle and of speech (<see cref="Seconds"/> for the bench).</param>
        /// <param name="sink">Where the markers go.</param>
        /// <param name="kernels">Native kernels, or null for the C# path.</param>
        public static void Run(byte[] blob, short[] wake, short[] command, int seconds, LineSink sink, ListeningKernels? kernels)
        {
            sink.WriteLine("calibrate");
            for (int i = 0; i < CalibrationMarkers; i++)
            {
                sink.WriteLine("m");
            }

            Scenario("idle", new ClrWatch(blob, Scripts.Idle(seconds), null, kernels), sink);
            Scenario("speech", new ClrWatch(blob, Scripts.Speech(wake, command, seconds), null, kernels), sink);
            Scenario("utterance", new ClrWatch(blob, Scripts.Utterance(wake, command), null, kernels), sink);
            sink.WriteLine("done");
        }

        private static void Scenario(string name, ClrWatch watch, LineSink sink)
        {
            sink.WriteLine("begin " + name);
            while (!watch.IsFinished)
            {
                watch.Step();
                sink.WriteLine("s");
            }

            sink.WriteLine("end " + name + " " + watch.Watch.WakeCandidates.ToString());
        }
    }
}
