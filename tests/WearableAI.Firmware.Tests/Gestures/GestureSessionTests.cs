using WearableAI.Firmware.Gestures;
using WearableAI.Firmware.Host.Imu;

namespace WearableAI.Firmware.Tests.Gestures;

/// <summary>
/// One detector running through a long mixed session, as on a wrist: the rules' refractory
/// periods, arming and quiet windows must not hide or invent gestures across activities.
/// </summary>
public class GestureSessionTests
{
    private const int BridgeSamples = 40; // 0.8 s to turn from one activity's pose to the next

    private static readonly ImuScenario[] Session =
    [
        ImuScenario.Walking, ImuScenario.WristRaise, ImuScenario.Walking, ImuScenario.Shake,
        ImuScenario.Still, ImuScenario.Tap, ImuScenario.Walking, ImuScenario.DoubleTap,
        ImuScenario.Fall, ImuScenario.Walking, ImuScenario.WristRaise, ImuScenario.Still,
    ];

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 16)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_long_session_yields_every_gesture_in_order_plus_a_raise_wherever_the_arm_turned_the_screen_up(int seed)
    {
        ImuTrace[] parts = [.. Session.Select((s, i) => SyntheticImu.Generate(s, (seed * 100) + i))];
        List<short> xyz = [];
        List<GestureKind> expected = [];
        for (int i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                Vector3D from = Pose(parts[i - 1], fromEnd: true);
                Vector3D to = Pose(parts[i], fromEnd: false);
                xyz.AddRange(Bridge(from, to));

                // Turning from sideways/down to face up between activities is itself a wrist raise.
                if (from.Z <= GestureThresholds.RaiseAwayMilliG && to.Z >= GestureThresholds.RaiseFaceUpMilliG)
                {
                    expected.Add(GestureKind.WristRaise);
                }
            }

            xyz.AddRange(parts[i].Xyz);
            if (parts[i].Expected != GestureKind.None)
            {
                expected.Add(parts[i].Expected);
            }
        }

        ImuTrace session = new($"session#{seed}", GestureThresholds.SampleRateHz, [.. xyz], GestureKind.None);

        GestureKind[] detected = [.. GestureReplay.Detect(session).Select(e => e.Kind)];

        Assert.Equal(expected, detected);
    }

    private static Vector3D Pose(ImuTrace trace, bool fromEnd)
    {
        int first = fromEnd ? trace.SampleCount - 10 : 0;
        double x = 0, y = 0, z = 0;
        for (int i = first; i < first + 10; i++)
        {
            x += trace.Xyz[i * 3];
            y += trace.Xyz[(i * 3) + 1];
            z += trace.Xyz[(i * 3) + 2];
        }

        return new Vector3D(x / 10, y / 10, z / 10);
    }

    private static IEnumerable<short> Bridge(Vector3D from, Vector3D to)
    {
        for (int i = 1; i < BridgeSamples; i++)
        {
            double s = (double)i / BridgeSamples;
            double eased = s * s * (3 - (2 * s));
            Vector3D pose = (from + ((to - from) * eased)).WithLength(from.Length + ((to.Length - from.Length) * eased));
            yield return (short)Math.Round(pose.X);
            yield return (short)Math.Round(pose.Y);
            yield return (short)Math.Round(pose.Z);
        }
    }
}
