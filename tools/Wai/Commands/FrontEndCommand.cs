using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using WearableAI.Shared.Audio;

using WearableAI.FrontEndReference;

namespace WearableAI.Tools.Commands;

/// <summary>
/// `wai frontend [WAV]`: with a WAV, prints its int8 features as CSV; with --report (or no WAV),
/// prints the counted ops per second of audio per stage and the fixed-vs-float SNR.
/// </summary>
internal sealed class FrontEndCommand : Command<FrontEndCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[WAV]")]
        [Description("A 16 kHz 16-bit mono WAV file whose features to print as CSV.")]
        public string? Wav { get; init; }

        [CommandOption("--report")]
        [Description("Print the op count and the fixed-vs-float SNR on the synthetic test signals.")]
        public bool Report { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var frontEnd = new FrontEndSettings();
        if (settings.Wav != null)
        {
            if (!File.Exists(settings.Wav)) throw new UserFacingException($"no such file: {settings.Wav}");
            string? error = PcmWav.TryParse(File.ReadAllBytes(settings.Wav), out short[] pcm, out int rate);
            if (error != null) throw new UserFacingException($"{settings.Wav}: {error}");
            if (rate != frontEnd.SampleRate) throw new UserFacingException($"{settings.Wav}: sample rate {rate} Hz, the front end needs {frontEnd.SampleRate} Hz");
            Console.Out.Write(FeaturesCsv.Format(FrontEndRun.Of(frontEnd, pcm), frontEnd.MelBands));
            if (!settings.Report) return 0;
        }

        FrontEndReport report = FrontEndReport.Measure(frontEnd);
        var table = new Table().AddColumn("stage").AddColumn(new TableColumn("ops/frame").RightAligned()).AddColumn(new TableColumn("ops/s").RightAligned());
        foreach ((string stage, long ops) in report.Stages)
        {
            table.AddRow(stage, ops.ToString("N0", CultureInfo.InvariantCulture), (ops * report.FramesPerSecond).ToString("N0", CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"front end, counted: [green]{report.OpsPerSecond:N0} ops per second of audio[/] ({report.Frames} frames, {report.Seconds:F2} s of synthetic speech)");
        AnsiConsole.MarkupLine($"fixed vs float log2 mel energies (Q16, before int8 rounding): [green]{report.SnrLog2Db:F1} dB[/] SNR, max |error| {report.MaxErrorLog2:F4} octaves");
        AnsiConsole.MarkupLine($"int8 features / LogScale vs float: {report.SnrInt8Db:F1} dB SNR (budget ≥ 40 dB)");
        return 0;
    }
}
