using WearableAI.Firmware;
using WearableAI.Firmware.Host.Signals;
using WearableAI.Firmware.Host.Simulation;
using WearableAI.Shared.Models;

namespace WearableAI.Bench;

/// <summary>
/// Bytes the firmware core allocates per 32 ms audio frame in steady state: a watch on simulated
/// hardware (in-memory link) runs 2 s of quiet then speech-like signal to warm up, then the
/// allocation counter of the thread is read around 10 s more.
/// </summary>
public static class WatchAllocation
{
    /// <summary>Measures <paramref name="blob"/>.</summary>
    /// <param name="blob">A model blob.</param>
    /// <returns>Bytes per frame, and the wake candidates the signal caused (each allocates a little to send).</returns>
    public static (double BytesPerFrame, int WakeCandidates) Measure(byte[] blob)
    {
        short[] warm = SpeechLikeSignal.Concat(SpeechLikeSignal.Noise(1, 3), SpeechLikeSignal.Speech(1, 4));
        short[] measured = SpeechLikeSignal.Concat(SpeechLikeSignal.Noise(5, 5), SpeechLikeSignal.Speech(5, 6));
        var store = new InMemoryModelStore(64 * 1024);
        store.WriteStaging(0, blob, 0, blob.Length);
        store.Swap();
        var clock = new SimulatedClock();
        var audio = new PcmAudioSource(SpeechLikeSignal.Concat(warm, measured), 16000);
        var watch = new Watch(
            new WatchHardware { Audio = audio, Indicator = new RecordingIndicator(), Clock = clock, Link = new InMemoryMessageLink(), ModelStore = store },
            new WatchSettings { MaxModelBytes = 64 * 1024 });
        while (watch.SamplesRead < warm.Length)
        {
            watch.Step();
            clock.Advance(32);
        }

        long samples = watch.SamplesRead;
        long before = GC.GetAllocatedBytesForCurrentThread();
        while (!audio.IsFinished)
        {
            watch.Step();
            clock.Advance(32);
        }

        long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        double frames = (watch.SamplesRead - samples) / 512.0;
        return (Math.Round(bytes / frames, 2), watch.WakeCandidates);
    }

    /// <summary>The blob of a model.</summary>
    public static byte[] Blob(WatchModel model) => ModelBlobWriter.Write(model);
}
