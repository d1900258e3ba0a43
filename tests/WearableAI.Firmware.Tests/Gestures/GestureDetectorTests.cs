using WearableAI.Firmware.Gestures;
using WearableAI.Firmware.Host.Imu;

namespace WearableAI.Firmware.Tests.Gestures;

public class GestureDetectorTests
{
    [Theory]
    [InlineData(ImuScenario.WristRaise, GestureThresholds.RaiseFaceUpMilliG)]
    [InlineData(ImuScenario.Shake, GestureThresholds.ShakeSwingMilliG)]
    [InlineData(ImuScenario.Tap, GestureThresholds.TapSpikeMilliG)]
    [InlineData(ImuScenario.DoubleTap, GestureThresholds.TapSpikeMilliG)]
    [InlineData(ImuScenario.Fall, GestureThresholds.ImpactMilliG)]
    public void Events_report_a_peak_past_their_threshold_and_a_meaningful_confidence(ImuScenario scenario, int threshold)
    {
        for (int seed = 1; seed <= 10; seed++)
        {
            GestureEvent e = Assert.Single(GestureReplay.Detect(SyntheticImu.Generate(scenario, seed)));
            Assert.True(e.PeakMilliG >= threshold, $"{scenario}#{seed}: peak {e.PeakMilliG} < {threshold}");
            Assert.InRange(e.Confidence, (byte)64, (byte)255);
        }
    }

    [Fact]
    public void A_watch_lying_face_up_is_not_a_raise_but_lifting_it_again_after_lowering_is()
    {
        SeededNoise noise = new(5);
        TraceBuilder trace = new(noise);
        Vector3D hanging = new(-1000, 0, 0);
        Vector3D up = new(0, -200, 980);
        trace.Hold(up, 3.0, 10);
        trace.Turn(up, hanging, 0.6, new Vector3D(0, 0, 1), 200, 10);
        trace.Hold(hanging, 1.0, 10);
        trace.Turn(hanging, up, 0.6, new Vector3D(0, 0, 1), 300, 10);
        trace.Hold(up, 3.0, 10);
        trace.Turn(up, hanging, 0.6, new Vector3D(0, 0, 1), 200, 10);
        trace.Hold(hanging, 1.0, 10);
        trace.Turn(hanging, up, 0.6, new Vector3D(0, 0, 1), 300, 10);
        trace.Hold(up, 3.0, 10);

        List<GestureEvent> events = GestureReplay.Detect(trace.Build("raise twice", GestureKind.WristRaise, 6));

        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(GestureKind.WristRaise, e.Kind));
    }

    [Fact]
    public void Events_nobody_takes_are_dropped_oldest_first_and_counted()
    {
        GestureDetector detector = new();
        ImuTrace tap = SyntheticImu.Generate(ImuScenario.Tap, 1);
        for (int i = 0; i < GestureDetector.EventCapacity + 3; i++)
        {
            detector.Process(tap.Xyz, 0, tap.SampleCount);
        }

        Assert.Equal(GestureDetector.EventCapacity, detector.PendingEvents);
        Assert.Equal(3, detector.DroppedEvents);
        Assert.True(detector.TryTakeEvent(out GestureEvent oldestKept));
        Assert.InRange(oldestKept.TimeMs, 3 * tap.DurationMs, 4 * tap.DurationMs);
    }

    [Fact]
    public void The_same_seed_gives_the_same_trace_and_another_seed_a_different_one()
    {
        ImuTrace a = SyntheticImu.Generate(ImuScenario.Walking, 7);
        ImuTrace b = SyntheticImu.Generate(ImuScenario.Walking, 7);
        ImuTrace c = SyntheticImu.Generate(ImuScenario.Walking, 8);

        Assert.Equal(a.Xyz, b.Xyz);
        Assert.NotEqual(a.Xyz.Length == c.Xyz.Length ? a.Xyz : [], c.Xyz);
    }

    [Fact]
    public void Steady_state_processing_allocates_nothing_per_accelerometer_sample()
    {
        ImuTrace[] traces = [.. Enum.GetValues<ImuScenario>().Select(s => SyntheticImu.Generate(s, 3))];
        GestureDetector detector = new();
        TakeAll(detector, traces); // warm up: JIT, statics, first events

        long before = GC.GetAllocatedBytesForCurrentThread();
        int samples = TakeAll(detector, traces);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(samples > 2000);
        Assert.Equal(0, allocated);
    }

    private static int TakeAll(GestureDetector detector, ImuTrace[] traces)
    {
        int samples = 0;
        foreach (ImuTrace trace in traces)
        {
            for (int i = 0; i < trace.SampleCount; i += 10)
            {
                int n = Math.Min(10, trace.SampleCount - i);
                detector.Process(trace.Xyz, i * 3, n);
                samples += n;
                while (detector.TryTakeEvent(out GestureEvent _))
                {
                }
            }
        }

        return samples;
    }
}
