using System.ComponentModel;
using System.Globalization;
using Spectre.Console.Cli;
using WearableAI.Synthesis.Clips;

namespace WearableAI.Tools.Commands;

/// <summary>
/// <c>wai demo-clips</c>: from the shipped phrase clips (models/clips, made by <c>wai clips</c>),
/// writes one WAV per demo watch: a period of a room's noise floor with "hey nano" then the command
/// at the same moment on every watch, each at its own level (so arbitration has a clear winner).
/// scripts/demo.sh plays the file in a loop on each host watch.
/// </summary>
internal sealed class DemoClipsCommand : Command<DemoClipsCommand.Settings>
{
    private const int SampleRate = PhraseClip.SampleRate;

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--clips <DIR>")]
        [Description("Folder of shipped phrase clips (made by `wai clips`): hey_nano.wav and <command>.wav. Default models/clips.")]
        public string Clips { get; init; } = "models/clips";

        [CommandOption("--command <WORD>")]
        [Description("The command word spoken after the wake phrase (a <WORD>.wav in --clips). Default stop.")]
        public string Command { get; init; } = "stop";

        [CommandOption("--out <DIR>")]
        [Description("Folder for watch-1.wav, watch-2.wav, … Default artifacts/demo.")]
        public string Out { get; init; } = "artifacts/demo";

        [CommandOption("--levels <GAINS>")]
        [Description("Comma-separated gain per watch; one WAV per gain. Default 0.5,0.25,0.125.")]
        public string Levels { get; init; } = "0.5,0.25,0.125";

        [CommandOption("--period <SECONDS>")]
        [Description("Length of one WAV (the phrase repeats once per period when looped). Default 20.")]
        public double Period { get; init; } = 20;

        [CommandOption("--lead <SECONDS>")]
        [Description("Silence before \"hey nano\" in each period. Default 3.")]
        public double Lead { get; init; } = 3;

        [CommandOption("--gap <SECONDS>")]
        [Description("Pause between \"hey nano\" and the command. Default 0.15.")]
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

        short[] wake = PhraseClip.Read(Path.Combine(settings.Clips, "hey_nano.wav"));
        short[] command = PhraseClip.Read(Path.Combine(settings.Clips, settings.Command + ".wav"));
        int gap = (int)(settings.Gap * SampleRate);
        int lead = (int)(settings.Lead * SampleRate);
        int length = (int)(settings.Period * SampleRate);
        if (lead + wake.Length + gap + command.Length > length)
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

            PhraseClip.MixInto(wake, pcm, lead, gains[d]);
            PhraseClip.MixInto(command, pcm, lead + wake.Length + gap, gains[d]);
            string path = Path.Combine(settings.Out, $"watch-{d + 1}.wav");
            PhraseClip.Write(path, pcm);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: gain {gains[d]:0.###}, peak {pcm.Max(s => Math.Abs((int)s))}"));
        }

        Console.WriteLine($"\"hey nano\" + \"{settings.Command}\": {wake.Length * 1000 / SampleRate} ms + {settings.Gap * 1000:0} ms + {command.Length * 1000 / SampleRate} ms at {settings.Lead:0.#} s of every {settings.Period:0.#} s");
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
}
