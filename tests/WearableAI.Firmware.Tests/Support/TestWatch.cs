using WearableAI.Shared.Protocol;
using WearableAI.Firmware.Host.Imu;
using WearableAI.Firmware.Host.Simulation;
using WearableAI.Firmware.Hardware;
using WearableAI.Shared.Models;
using WearableAI.TestSupport.Models;

namespace WearableAI.Firmware.Tests.Support;

/// <summary>A watch on simulated hardware, stepped 32 ms of audio at a time.</summary>
public sealed class TestWatch
{
    public TestWatch(short[] pcm, WatchModel? model = null, bool hubReachable = true, ImuTrace? imu = null, WatchSettings? settings = null)
    {
        Link = new InMemoryMessageLink { HubReachable = hubReachable };
        Audio = new PcmAudioSource(pcm, 16000);
        Store = new InMemoryModelStore(64 * 1024);
        if (model is not null)
        {
            Install(Store, model);
        }

        Watch = new Watch(
            new WatchHardware
            {
                Audio = Audio, Indicator = Indicator, Clock = Clock, Link = Link, ModelStore = Store,
                Accelerometer = imu is null ? null : new TraceAccelerometer(imu),
            },
            settings ?? new WatchSettings { MaxModelBytes = 64 * 1024 });
    }

    public SimulatedClock Clock { get; } = new();

    public InMemoryMessageLink Link { get; }

    public PcmAudioSource Audio { get; }

    public InMemoryModelStore Store { get; }

    public RecordingIndicator Indicator { get; } = new();

    public Watch Watch { get; }

    /// <summary>A model that fires as soon as its smoothing window is full, on any input.</summary>
    public static WatchModel AlwaysFiring(int seed = 3)
    {
        WatchModel model = RandomWatchModel.Create(seed);
        model.WakeThreshold = -128;
        model.SmoothingFrames = 2;
        model.RefractoryFrames = 1000;
        return model;
    }

    /// <summary>A model that never fires (threshold above any logit average is impossible, 127 needs all rows at 127).</summary>
    public static WatchModel NeverFiring(int seed = 3)
    {
        WatchModel model = RandomWatchModel.Create(seed);
        model.WakeThreshold = 127;
        model.SmoothingFrames = 8;
        return model;
    }

    public static void Install(InMemoryModelStore store, WatchModel model)
    {
        byte[] blob = ModelBlobWriter.Write(model);
        store.WriteStaging(0, blob, 0, blob.Length);
        store.Swap();
    }

    /// <summary>Steps until the audio is used up (and <paramref name="extraSteps"/> more).</summary>
    public void Run(int extraSteps = 0)
    {
        while (!Audio.IsFinished)
        {
            Step();
        }

        for (int i = 0; i < extraSteps; i++)
        {
            Step();
        }
    }

    public void Step()
    {
        Watch.Step();
        Clock.Advance(32);
    }

    public IEnumerable<Frame> Sent(LinkChannel channel = LinkChannel.Event) =>
        Link.Published.Where(m => m.Channel == channel).Select(m => Decode(m.Payload));

    public static Frame Decode(byte[] bytes)
    {
        Assert.Equal(FrameError.None, FrameCodec.Decode(bytes, 0, bytes.Length, out Frame? frame));
        return frame!;
    }
}
