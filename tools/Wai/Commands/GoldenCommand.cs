using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using WearableAI.Shared.Audio;

using WearableAI.FrontEndReference;

namespace WearableAI.Tools.Commands;

/// <summary>
/// `wai golden`: writes the front-end golden vectors — synthetic 16 kHz WAVs and the int8
/// features the fixed-point front end (default settings) computes from them — to
/// tests/golden/frontend/. The tests assert the front end reproduces them bit-exactly.
/// </summary>
internal sealed class GoldenCommand : Command<GoldenCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--out <DIR>")]
        [Description("Golden folder (default: tests/golden of the repository containing the current directory).")]
        public string? Out { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        string root = settings.Out ?? Path.Combine(RepositoryRoot.Find(), "tests", "golden");
        string folder = Path.Combine(root, "frontend");
        Directory.CreateDirectory(folder);
        var frontEnd = new FrontEndSettings();
        foreach ((string name, short[] pcm) in SyntheticSpeech.GoldenSet())
        {
            File.WriteAllBytes(Path.Combine(folder, name + ".wav"), PcmWav.Write(pcm, 0, pcm.Length, SyntheticSpeech.SampleRate));
            FrontEndRun run = FrontEndRun.Of(frontEnd, pcm);
            File.WriteAllText(Path.Combine(folder, name + ".features.csv"), FeaturesCsv.Format(run, frontEnd.MelBands));
            AnsiConsole.MarkupLine($"wrote [green]{Markup.Escape(name)}[/]: {pcm.Length} samples, {run.Features.Count} frames");
        }

        AnsiConsole.MarkupLine($"golden vectors in [blue]{Markup.Escape(folder)}[/]; commit them if the change is intended");
        return 0;
    }
}
