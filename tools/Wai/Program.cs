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
            config.AddBranch("data", data => data.AddCommand<Commands.DataSynthCommand>("synth").WithDescription("Make a Speech-Commands-layout dataset from text with espeak-ng"));
        });
        return ErrorReporting.Run(app, args);
    }
}
