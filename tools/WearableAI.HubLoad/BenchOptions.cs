using System.Globalization;

namespace WearableAI.HubLoad;

/// <summary>Command-line options of the load bench.</summary>
public sealed class BenchOptions
{
    public int Devices { get; set; } = 100;

    public double Seconds { get; set; } = 20;

    /// <summary>WakeCandidate events per second per device.</summary>
    public double Rate { get; set; } = 2;

    /// <summary>Fraction of devices put in shared groups of two (arbitration rounds); the rest are alone in theirs.</summary>
    public double SharedFraction { get; set; }

    public string? JsonPath { get; set; }

    /// <summary>After the main run, raise the rate ×1.5 per step until p99 exceeds <see cref="RampBoundMs"/> or results are lost.</summary>
    public bool Ramp { get; set; }

    public double RampBoundMs { get; set; } = 20;

    public double RampStepSeconds { get; set; } = 5;

    /// <summary>The hub's p99 budget (DESIGN.md: event received → result published ≤ 20 ms at 100 devices).</summary>
    public double BudgetP99Ms { get; set; } = 20;

    /// <summary>How long to wait for late results after the load stops before counting them lost.</summary>
    public double DrainSeconds { get; set; } = 5;

    /// <summary>Folder holding the hub program (WearableAI.Hub); default: beside this program.</summary>
    public string HubFolder { get; set; } = AppContext.BaseDirectory;

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (int i = 0; i < args.Length; i++)
        {
            string name = args[i];
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value");
            double Number() => double.Parse(Next(), CultureInfo.InvariantCulture);
            switch (name)
            {
                case "--devices": options.Devices = (int)Number(); break;
                case "--seconds": options.Seconds = Number(); break;
                case "--rate": options.Rate = Number(); break;
                case "--shared": options.SharedFraction = Number(); break;
                case "--json": options.JsonPath = Next(); break;
                case "--ramp": options.Ramp = true; break;
                case "--ramp-bound": options.RampBoundMs = Number(); break;
                case "--ramp-step-seconds": options.RampStepSeconds = Number(); break;
                default: throw new ArgumentException($"unknown option {name} (options: --devices N --seconds S --rate R --shared F --json FILE --ramp --ramp-bound MS --ramp-step-seconds S)");
            }
        }

        if (options.Devices < 1 || options.Seconds <= 0 || options.Rate <= 0 || options.SharedFraction is < 0 or > 1)
        {
            throw new ArgumentException("--devices ≥ 1, --seconds > 0, --rate > 0, --shared 0..1");
        }

        return options;
    }
}
