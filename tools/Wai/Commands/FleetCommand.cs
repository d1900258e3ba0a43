using System.ComponentModel;
using System.Text.Json;
using Spectre.Console.Cli;
using WearableAI.Fleet;

namespace WearableAI.Tools.Commands;

/// <summary>
/// `wai fleet`: simulated watches (the real firmware core, in-process) in rooms, connected to a hub,
/// hearing a scripted or random scene; prints arbitration correctness, decision time, latencies,
/// command accuracy and bytes per device (docs/fleet.md).
/// </summary>
internal sealed class FleetCommand : Command<FleetCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--scene <FILE>")]
        [Description("A scene file (docs/fleet.md; examples in tools/WearableAI.Fleet/scenes/). Default: a random scene.")]
        public string? Scene { get; init; }

        [CommandOption("--watches <N>")]
        [Description("Random scene: number of watches (default 6).")]
        public int Watches { get; init; } = 6;

        [CommandOption("--rooms <N>")]
        [Description("Random scene: number of rooms (default 2).")]
        public int Rooms { get; init; } = 2;

        [CommandOption("--utterances <N>")]
        [Description("Random scene: number of utterances, 5 s apart (default 12).")]
        public int Utterances { get; init; } = 12;

        [CommandOption("--seed <N>")]
        [Description("Random scene and noise seed (default 1).")]
        public int Seed { get; init; } = 1;

        [CommandOption("--hub <URL>")]
        [Description("Use a running hub's REST API (e.g. http://localhost:5080) instead of starting one; needs --broker.")]
        public string? Hub { get; init; }

        [CommandOption("--broker <URL>")]
        [Description("The running hub's broker, e.g. mqtt://localhost:1883.")]
        public string? Broker { get; init; }

        [CommandOption("--models <DIR>")]
        [Description("Models folder for a started hub, with watch.waim and clips/ (default: the repository's models/).")]
        public string? Models { get; init; }

        [CommandOption("--clips <DIR>")]
        [Description("Clips folder (default: <models>/clips).")]
        public string? Clips { get; init; }

        [CommandOption("--idle <SECONDS>")]
        [Description("Simulated idle seconds after the scene, for idle traffic (default 130; 0 = skip).")]
        public double Idle { get; init; } = 130;

        [CommandOption("--idle-speed <X>")]
        [Description("How much faster than real time the idle phase runs (default 20).")]
        public double IdleSpeed { get; init; } = 20;

        [CommandOption("--json <FILE>")]
        [Description("Also write the report as JSON.")]
        public string? Json { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        FleetInputs inputs = FleetInputs.Load(settings.Models, settings.Clips);
        Scene scene = settings.Scene is null
            ? Random(settings, inputs.Clips)
            : Read(settings.Scene, inputs.Clips);
        FleetReport report = Run(settings, inputs, scene).GetAwaiter().GetResult();
        Console.WriteLine(report.Format());
        if (settings.Json is not null)
        {
            File.WriteAllText(settings.Json, JsonSerializer.Serialize(report, FleetInputs.Json));
            Console.WriteLine($"report: {settings.Json}");
        }

        return 0;
    }

    private static async Task<FleetReport> Run(Settings settings, FleetInputs inputs, Scene scene)
    {
        await using FleetHub hub = await FleetInputs.HubAsync(settings.Hub, settings.Broker, inputs.ModelsFolder);
        var options = new FleetRunOptions { ModelBlob = inputs.ModelBlob, Seed = settings.Seed, IdleSeconds = settings.Idle, IdleSpeed = settings.IdleSpeed };
        return await FleetRunner.RunAsync(hub, scene, inputs.Clips, options, FleetInputs.Progress);
    }

    private static Scene Random(Settings s, ClipLibrary clips)
    {
        try
        {
            return RandomScenes.Make(s.Watches, s.Rooms, s.Utterances, s.Seed, clips.Commands);
        }
        catch (ArgumentException e)
        {
            throw new UserFacingException(e.Message);
        }
    }

    private static Scene Read(string path, ClipLibrary clips)
    {
        try
        {
            return SceneParser.ReadFile(path, clips.Names);
        }
        catch (SceneFormatException e)
        {
            throw new UserFacingException(e.Message);
        }
    }
}
