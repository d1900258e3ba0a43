using Spectre.Console.Cli;

namespace WearableAI.Tools;

internal static class Program
{
    private static int Main(string[] args)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("wai");
            config.PropagateExceptions();
            // Commands are registered here, one line each; each lives in Commands/.
            config.AddBranch("data", data =>
            {
                data.AddCommand<Commands.DataSynthCommand>("synth").WithDescription("Make a Speech-Commands-layout dataset from text with espeak-ng");
                data.AddCommand<Commands.DataRecordingsCommand>("recordings").WithDescription("Unpack and decode the packaged recordings (speech, music, ambient, rooms); print hours per kind and split.");
            });
            config.AddCommand<Commands.GoldenCommand>("golden").WithDescription("Write the front-end golden vectors to tests/golden/frontend.");
            config.AddCommand<Commands.TrainCommand>("train").WithDescription("Train teacher, distilled hub model and tiny watch model from a dataset; export them.");
            config.AddCommand<Commands.EvalCommand>("eval").WithDescription("Evaluate every model tier and the cascade on a dataset: JSON report, DET and confusion plots, budgets.");
            config.AddCommand<Commands.ShipCommand>("ship").WithDescription("Copy a finished run's hub.onnx and watch blob into models/ and write the manifest the hub reads.");
            config.AddCommand<Commands.FrontEndCommand>("frontend").WithDescription("Print a WAV's int8 features, or (--report) the front end's op count and SNR.");
            config.AddCommand<Commands.FleetCommand>("fleet").WithDescription("Simulated watches in rooms hear a scripted or random scene through a hub: arbitration, latency, bytes per device.");
            config.AddCommand<Commands.BenchCommand>("bench").WithDescription("Measure every DESIGN.md budget (watch, front end, models, fleet, hub, capacity): artifacts/bench/report.md + .json.");
            config.AddCommand<Commands.ClipsCommand>("clips").WithDescription("Write the shipped phrase clips (models/clips) from a synth dataset's test split.");
            config.AddCommand<Commands.DemoClipsCommand>("demo-clips").WithDescription("Write one looping WAV per demo watch (hey nano + a command at its own level) from the shipped clips.");
        });
        return ErrorReporting.Run(app, args);
    }
}
