using System.Text;
using WearableAI.Firmware.Gestures;
using WearableAI.Firmware.Host.Imu;
using Xunit.Abstractions;

namespace WearableAI.Firmware.Tests.Gestures;

public class GestureConfusionTests(ITestOutputHelper output)
{
    private const int Seeds = 40;

    private static readonly GestureKind[] Columns =
        [GestureKind.WristRaise, GestureKind.Shake, GestureKind.Tap, GestureKind.DoubleTap, GestureKind.FallCandidate];

    [Fact]
    public void Every_scenario_yields_exactly_its_own_gesture_over_many_seeds()
    {
        ImuScenario[] scenarios = Enum.GetValues<ImuScenario>();
        int[,] table = new int[scenarios.Length, Columns.Length];
        List<string> failures = [];
        foreach (ImuScenario scenario in scenarios)
        {
            for (int seed = 1; seed <= Seeds; seed++)
            {
                ImuTrace trace = SyntheticImu.Generate(scenario, seed);
                List<GestureEvent> events = GestureReplay.Detect(trace);
                foreach (GestureEvent e in events)
                {
                    table[(int)scenario, Array.IndexOf(Columns, e.Kind)]++;
                }

                bool correct = trace.Expected == GestureKind.None
                    ? events.Count == 0
                    : events.Count == 1 && events[0].Kind == trace.Expected;
                if (!correct)
                {
                    failures.Add($"{trace.Name}: [{string.Join(", ", events.Select(e => $"{e.Kind}@{e.TimeMs}ms c{e.Confidence} p{e.PeakMilliG}"))}]");
                }
            }
        }

        output.WriteLine(FormatTable(scenarios, table));
        foreach (string failure in failures)
        {
            output.WriteLine(failure);
        }

        Assert.Empty(failures);
    }

    private static string FormatTable(ImuScenario[] scenarios, int[,] table)
    {
        StringBuilder text = new();
        text.AppendLine($"Events per scenario over {Seeds} seeds (rows: trace, columns: detected)");
        text.Append($"{"",-12}");
        foreach (GestureKind column in Columns)
        {
            text.Append($"{column,14}");
        }

        text.AppendLine();
        foreach (ImuScenario scenario in scenarios)
        {
            text.Append($"{scenario,-12}");
            for (int c = 0; c < Columns.Length; c++)
            {
                text.Append($"{table[(int)scenario, c],14}");
            }

            text.AppendLine();
        }

        return text.ToString();
    }
}
