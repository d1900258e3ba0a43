using WearableAI.Firmware.Listening;
using WearableAI.Shared.Audio;

namespace WearableAI.Firmware.Clr.Run
{
    /// <summary>
    /// The golden run: the same lines on nanoCLR and on .NET, or the runtimes differ. First the front end
    /// alone over a golden clip (one line per frame, <c>energy,b0,…,b31</c> as in tests/golden/), then the
    /// whole watch over an utterance: per 32 ms step the gate, the state, the frame count, the spotter's
    /// score and logit and the newest feature frame, and every frame the watch publishes.
    /// </summary>
    public static class GoldenRun
    {
        /// <summary>Runs both parts.</summary>
        /// <param name="blob">The model blob.</param>
        /// <param name="frontEndClip">A golden front-end clip (16 kHz).</param>
        /// <param name="wake">"hey nano".</param>
        /// <param name="command">A command word.</param>
        /// <param name="sink">Where the lines go.</param>
        /// <param name="kernels">Native kernels (the same lines are expected), or null for the C# path.</param>
        public static void Run(byte[] blob, short[] frontEndClip, short[] wake, short[] command, LineSink sink, ListeningKernels? kernels)
        {
            FrontEnd(frontEndClip, sink, kernels == null ? null : kernels.FrontEnd);
            Utterance(blob, wake, command, sink, kernels);
            sink.WriteLine("end");
        }

        /// <summary>The front end with default settings over <paramref name="pcm"/>.</summary>
        /// <param name="pcm">16 kHz samples.</param>
        /// <param name="sink">Where the lines go.</param>
        /// <param name="kernel">A front-end kernel, or null for the C# stages.</param>
        public static void FrontEnd(short[] pcm, LineSink sink, IFrontEndKernel? kernel)
        {
            LogMelFrontEnd frontEnd = new LogMelFrontEnd(new FrontEndSettings(), kernel);
            sbyte[] features = new sbyte[frontEnd.FeaturesPerFrame];
            int offset = 0;
            while (offset < pcm.Length)
            {
                offset += frontEnd.Process(pcm, offset, pcm.Length - offset, features, 0, null);
                if (!frontEnd.FrameReady)
                {
                    continue;
                }

                string line = "fe " + frontEnd.FrameEnergy.ToString();
                for (int b = 0; b < features.Length; b++)
                {
                    line += "," + features[b].ToString();
                }

                sink.WriteLine(line);
            }
        }

        /// <summary>The watch over <see cref="Scripts.Utterance"/>.</summary>
        /// <param name="blob">The model blob.</param>
        /// <param name="wake">"hey nano".</param>
        /// <param name="command">A command word.</param>
        /// <param name="sink">Where the lines go.</param>
        /// <param name="kernels">Native kernels, or null for the C# path.</param>
        public static void Utterance(byte[] blob, short[] wake, short[] command, LineSink sink, ListeningKernels? kernels)
        {
            ClrWatch watch = new ClrWatch(blob, Scripts.Utterance(wake, command), sink, kernels);
            ListeningPipeline? pipeline = watch.Watch.Pipeline;
            if (pipeline == null)
            {
                throw new System.InvalidOperationException("the model did not load");
            }

            FeatureHistory history = pipeline.Capture.History;
            sbyte[] latest = new sbyte[history.Bands];
            long frames = 0;
            int step = 0;
            while (!watch.IsFinished)
            {
                watch.Step();
                string line = "step " + step.ToString() + " gate " + (pipeline.Gate.IsOpen ? "1" : "0")
                    + " state " + ((int)watch.Watch.Machine.State).ToString() + " frames " + pipeline.FramesComputed.ToString();
                if (pipeline.FramesComputed != frames)
                {
                    frames = pipeline.FramesComputed;
                    history.CopyLatest(latest, 0, 1);
                    line += " score " + pipeline.Spotter.Score.ToString() + " logit " + pipeline.Spotter.SmoothedLogit.ToString()
                        + " f " + Hex.Of(latest, 0, latest.Length);
                }

                sink.WriteLine(line);
                step++;
            }

            sink.WriteLine("wake candidates " + watch.Watch.WakeCandidates.ToString() + " published " + watch.Link.Published.ToString());
        }
    }
}
