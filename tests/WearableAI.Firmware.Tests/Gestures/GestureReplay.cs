using WearableAI.Firmware.Gestures;
using WearableAI.Firmware.Host.Imu;

namespace WearableAI.Firmware.Tests.Gestures;

/// <summary>Runs a trace through a fresh detector, the way the firmware loop does (blocks of 10 samples).</summary>
internal static class GestureReplay
{
    public static List<GestureEvent> Detect(ImuTrace trace)
    {
        GestureDetector detector = new();
        TraceAccelerometer accelerometer = new(trace);
        short[] block = new short[10 * 3];
        List<GestureEvent> events = [];
        while (!accelerometer.IsFinished)
        {
            int n = accelerometer.Read(block, 0, 10);
            detector.Process(block, 0, n);
            while (detector.TryTakeEvent(out GestureEvent e))
            {
                events.Add(e);
            }
        }

        return events;
    }
}
