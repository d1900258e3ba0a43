using System.ComponentModel;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Cli;
using WearableAI.Synthesis.Clips;

namespace WearableAI.Tools.Commands;

/// <summary>
/// <c>wai clips</c>: writes the shipped phrase clips (models/clips/) from a synth dataset's test
/// split: the wake phrase, every command word and one confusable negative, trimmed to the speech
/// and normalised, plus <c>clips.json</c> naming where each came from. The demo, the browser tests
/// and the fleet simulator speak these.
/// </summary>
internal sealed class ClipsCommand : Command<ClipsCommand.Settings>
{
    /// <summary>The command words of the default vocabulary, in manifest order.</summary>
    public static readonly string[] Commands = ["yes", "no", "up", "down", "left", "right", "on", "off", "stop", "go"];

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--dataset <DIR>")]
        [Description("A `wai data synth` dataset (its testing_list.txt and label folders). Default data/synth.")]
        public string Dataset { get; init; } = "data/synth";

        [CommandOption("--out <DIR>")]
        [Description("Folder for the clips. Default models/clips.")]
        public string Out { get; init; } = "models/clips";

        [CommandOption("--wake-label <LABEL>")]
        [Description("Folder of the wake phrase in the dataset. Default hey_nano.")]
        public string WakeLabel { get; init; } = "hey_nano";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var picker = new ClipPicker(settings.Dataset);
        string speaker = picker.PickSpeaker(settings.WakeLabel, "stop");
        var picks = new SortedDictionary<string, string?>(StringComparer.Ordinal)
        {
            [settings.WakeLabel] = picker.Pick(settings.WakeLabel, speaker),
            ["hey_mario"] = picker.Pick("_confusable_", speaker, "hey-mario"),
        };
        foreach (string command in Commands)
        {
            picks[command] = picker.Pick(command, speaker);
        }

        string[] missing = [.. picks.Where(p => p.Value is null).Select(p => p.Key)];
        var sources = new SortedDictionary<string, string>(picks.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!), StringComparer.Ordinal);
        Directory.CreateDirectory(settings.Out);
        foreach ((string name, string source) in sources)
        {
            short[] pcm = PhraseClip.Normalise(PhraseClip.Trim(PhraseClip.Read(source)));
            PhraseClip.Write(Path.Combine(settings.Out, name + ".wav"), pcm);
            AnsiConsole.MarkupLine($"[green]{name}.wav[/] {pcm.Length * 1000 / PhraseClip.SampleRate} ms ← {Markup.Escape(Path.GetRelativePath(settings.Dataset, source))}");
        }

        var provenance = new { dataset = settings.Dataset, dataHash = DataHash(settings.Dataset), split = "test", speaker, loudestBlockRms = PhraseClip.LoudestBlockRms, clips = sources.ToDictionary(p => p.Key + ".wav", p => Path.GetRelativePath(settings.Dataset, p.Value)) };
        File.WriteAllText(Path.Combine(settings.Out, "clips.json"), JsonSerializer.Serialize(provenance, JsonOptions) + "\n");
        if (missing.Length > 0)
        {
            AnsiConsole.MarkupLine($"[yellow]no test clip of {Markup.Escape(string.Join(", ", missing))} in the dataset: not written[/]");
        }

        AnsiConsole.MarkupLine($"{sources.Count} clips of test speaker [blue]{Markup.Escape(speaker)}[/] in {Markup.Escape(settings.Out)}; commit them if intended");
        return 0;
    }

    private static string? DataHash(string dataset)
    {
        string manifest = Path.Combine(dataset, "manifest.json");
        if (!File.Exists(manifest))
        {
            return null;
        }

        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(manifest));
        return document.RootElement.TryGetProperty("dataHash", out JsonElement hash) ? hash.GetString() : null;
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
