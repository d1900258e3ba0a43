using WearableAI.Firmware.Host.Board;
using WearableAI.Firmware.Host.Watching;

namespace WearableAI.Watch;

/// <summary>Parses the command line into <see cref="HostWatchOptions"/>; errors are one line for the user.</summary>
internal static class CommandLine
{
    public const string Usage =
        "usage: wai-watch --device ID --secret S [--broker mqtt://127.0.0.1:1883] (--wav FILE... | --stdin)\n" +
        "                 [--imu CSV|synthetic:raise] [--model FILE.waim] [--start-at UNIX_MS]\n" +
        "                 [--gpio led=N[,motor=N][,button=N][,chip=N][,led-active-low]]\n" +
        "       wai-watch --report-budget [--model FILE.waim]";

    public static bool ReportBudget(string[] args) => args.Contains("--report-budget");

    public static HostWatchOptions Parse(string[] args)
    {
        HostWatchOptions options = new() { Output = Console.Out, Secret = Environment.GetEnvironmentVariable("WAI_DEVICE_SECRET") ?? string.Empty };
        List<string> wavs = [];
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--broker": options.Broker = new Uri(Value(args, ref i)); break;
                case "--device": options.DeviceId = Value(args, ref i); break;
                case "--secret": options.Secret = Value(args, ref i); break;
                case "--stdin": options.Stdin = true; break;
                case "--imu": options.Imu = Value(args, ref i); break;
                case "--gpio": options.Gpio = BoardPins.Parse(Value(args, ref i)); break;
                case "--model": options.ModelBlob = File.ReadAllBytes(Value(args, ref i)); break;
                case "--start-at": options.StartAt = StartAt(Value(args, ref i)); break;
                case "--report-budget": break;
                case "--wav":
                    wavs.Add(Value(args, ref i));
                    while (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        wavs.Add(args[++i]);
                    }

                    break;
                default: throw new ArgumentException($"unknown option '{args[i]}'");
            }
        }

        options.WavFiles = wavs;
        if (options.Stdin == (wavs.Count > 0))
        {
            throw new ArgumentException("give either --wav FILE... or --stdin");
        }

        return options;
    }

    /// <summary>Unix time in milliseconds (<c>date +%s%3N</c>) at which the audio starts.</summary>
    private static DateTimeOffset StartAt(string text) =>
        long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long ms) && ms > 0
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : throw new ArgumentException($"--start-at: '{text}' is not a Unix time in milliseconds");

    private static string Value(string[] args, ref int i) =>
        i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
}
