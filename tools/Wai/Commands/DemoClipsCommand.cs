using System.ComponentModel;
using System.Globalization;
using Spectre.Console.Cli;
using WearableAI.Shared.Audio;

namespace WearableAI.Tools.Commands;

/// <summary>
/// <c>wai demo-clips</c>: from a <c>wai data synth</c> dataset, takes one test voice's "hey nano" and
/// "stop" clips, trims their silence and writes one WAV per demo watch: a period of silence with
/// "hey nano" then "stop" at the same moment on every watch, each at its own level (so arbitration
/// has a clear winner). scripts/demo.sh plays the file in a loop on each host watch.
/// </summary>
internal sealed class DemoClipsCommand : Command<DemoClipsCommand.Settings>
{
    private const int SampleRate = 16000;

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--dataset <DIR>")]
        [Description("A `wai data synth` dataset (its testing_list.txt, hey_nano/ and stop/ folders).")]
        public string Dataset { get; init; } = "artifacts/demo/clips";

        [CommandOption("--out <DIR>")]
        [Description("Folder for watch-1.wav, watch-2.wav, … Default artifacts/demo.")]
        public string Out { get; init; } = "artifacts/demo";

        [CommandOption("--stop-clip <FILE>")]
        [Description("The \"stop\" clip inside the dataset (e.g. stop/x_nohash_1.wav) instead of the picked one.")]
        public string? StopClip { get; init; }

        [CommandOption("--levels <GAINS>")]
        [Description("Comma-separated gain per watch; one WAV per gain. Default 0.12,0.06,0.03.")]
        public string Levels { get; init; } = "0.12,0.06,0.03";

        [CommandOption("--period <SECONDS>")]
        [Description("Length of one WAV (the phrase repeats once per period when looped). Default 20.")]
        public double Period { get; init; } = 20;

        [CommandOption("--lead <SECONDS>")]
        [Description("Silence before \"hey nano\" in each period. Default 3.")]
        public double Lead { get; init; } = 3;

        [CommandOption("--gap <SECONDS>")]
        [Description("Pause between \"hey nano\" and \"stop\". Default 0.15.")]
        public double Gap { get; init; } = 0.15;

        [CommandOption("--noise <AMPLITUDE>")]
        [Description("Peak of the room's white noise floor, the same on every watch (so voice/ambient differs by level). Default 100 (≈ −50 dBFS).")]
        public int Noise { get; init; } = 100;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        double[] gains = ParseGains(settings.Levels);
        if (settings.Noise is < 0 or > 10000)
        {
            throw new UserFacingException("--noise: give a peak amplitude from 0 to 10000");
        }

        (string wakePath, string stopPath) = PickVoice(settings.Dataset);
        stopPath = settings.StopClip is null ? stopPath : Path.Combine(settings.Dataset, settings.StopClip);
        short[] wake = Normalise(Trim(Read(wakePath)));
        short[] stop = Normalise(Trim(Read(stopPath)));
        int gap = (int)(settings.Gap * SampleRate);
        int lead = (int)(settings.Lead * SampleRate);
        int length = (int)(settings.Period * SampleRate);
        if (lead + wake.Length + gap + stop.Length > length)
        {
            throw new UserFacingException($"--period {settings.Period} s is too short for --lead {settings.Lead} s and the phrase");
        }

        Directory.CreateDirectory(settings.Out);
        for (int d = 0; d < gains.Length; d++)
        {
            var pcm = new short[length];
            var room = new Random(1);
            for (int i = 0; i < pcm.Length; i++)
            {
                pcm[i] = (short)room.Next(-settings.Noise, settings.Noise + 1);
            }

            Place(wake, pcm, lead, gains[d]);
            Place(stop, pcm, lead + wake.Length + gap, gains[d]);
            string path = Path.Combine(settings.Out, $"watch-{d + 1}.wav");
            File.WriteAllBytes(path, PcmWav.Write(pcm, 0, pcm.Length, SampleRate));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: gain {gains[d]:0.###}, peak {Peak(pcm)}"));
        }

        Console.WriteLine($"voice: {Path.GetFileName(wakePath)} + {Path.GetFileName(stopPath)}; {wake.Length * 1000 / SampleRate} ms + {settings.Gap * 1000:0} ms + {stop.Length * 1000 / SampleRate} ms at {settings.Lead:0.#} s of every {settings.Period:0.#} s");
        return 0;
    }

    private static double[] ParseGains(string text)
    {
        string[] parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var gains = new double[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out gains[i]) || gains[i] <= 0 || gains[i] > 4)
            {
                throw new UserFacingException($"--levels: '{parts[i]}' is not a gain in (0, 4]");
            }
        }

        return gains.Length > 0 ? gains : throw new UserFacingException("--levels: give at least one gain");
    }

    /// <summary>
    /// A test-split "hey nano" clip and a test "stop" clip of the same speaker (voice + variant) if
    /// there is one, else of the same espeak-ng voice, else the first of each.
    /// </summary>
    private static (string Wake, string Stop) PickVoice(string dataset)
    {
        string list = Path.Combine(dataset, "testing_list.txt");
        if (!File.Exists(list))
        {
            throw new UserFacingException($"{list} not found; make the dataset first: wai data synth --small --out {dataset}");
        }

        string[] lines = File.ReadAllLines(list);
        string[] wakes = [.. lines.Where(l => l.StartsWith("hey_nano/", StringComparison.Ordinal))];
        string[] stops = [.. lines.Where(l => l.StartsWith("stop/", StringComparison.Ordinal))];
        if (wakes.Length == 0 || stops.Length == 0)
        {
            throw new UserFacingException($"{list}: no hey_nano or no stop test clip");
        }

        foreach (Func<string, string> key in new Func<string, string>[] { Speaker, s => Speaker(s).Split('+')[0] })
        {
            foreach (string wake in wakes)
            {
                string? stop = stops.FirstOrDefault(s => key(s) == key(wake));
                if (stop is not null)
                {
                    return (Path.Combine(dataset, wake), Path.Combine(dataset, stop));
                }
            }
        }

        return (Path.Combine(dataset, wakes[0]), Path.Combine(dataset, stops[0]));
    }

    private static string Speaker(string listed) => Path.GetFileName(listed).Split("_nohash_")[0];

    private static short[] Read(string path)
    {
        string? problem = PcmWav.TryParse(File.ReadAllBytes(path), out short[] pcm, out int rate);
        if (problem is not null || rate != SampleRate)
        {
            throw new UserFacingException($"{path}: {problem ?? $"sample rate {rate} Hz, {SampleRate} needed"}");
        }

        return pcm;
    }

    /// <summary>Cuts leading and trailing 10 ms blocks quieter than 1/20 of the loudest block, keeping 50 ms either side.</summary>
    private static short[] Trim(short[] pcm)
    {
        const int Block = SampleRate / 100;
        int blocks = pcm.Length / Block;
        var energy = new double[blocks];
        for (int b = 0; b < blocks; b++)
        {
            for (int i = b * Block; i < (b + 1) * Block; i++)
            {
                energy[b] += (double)pcm[i] * pcm[i];
            }
        }

        double floor = energy.DefaultIfEmpty(0).Max() / 400; // amplitude 1/20
        int first = Array.FindIndex(energy, e => e > floor);
        int last = Array.FindLastIndex(energy, e => e > floor);
        if (first < 0)
        {
            return pcm;
        }

        int start = Math.Max(0, (first - 5) * Block);
        int end = Math.Min(pcm.Length, (last + 6) * Block);
        return pcm[start..end];
    }

    /// <summary>Scales a clip so that its loudest 10 ms block has an RMS of 10,000 (the synth's voices differ by 15 dB).</summary>
    private static short[] Normalise(short[] pcm)
    {
        const int Block = SampleRate / 100;
        double loudest = 0;
        for (int b = 0; b + Block <= pcm.Length; b += Block)
        {
            double sum = 0;
            for (int i = b; i < b + Block; i++)
            {
                sum += (double)pcm[i] * pcm[i];
            }

            loudest = Math.Max(loudest, Math.Sqrt(sum / Block));
        }

        double scale = loudest > 0 ? 10000 / loudest : 1;
        return [.. pcm.Select(s => (short)Math.Clamp(Math.Round(s * scale), short.MinValue, short.MaxValue))];
    }

    private static void Place(short[] clip, short[] target, int at, double gain)
    {
        for (int i = 0; i < clip.Length; i++)
        {
            target[at + i] = (short)Math.Clamp(target[at + i] + Math.Round(clip[i] * gain), short.MinValue, short.MaxValue);
        }
    }

    private static int Peak(short[] pcm) => pcm.Max(s => Math.Abs((int)s));
}
