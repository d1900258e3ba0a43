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
        });
        return ErrorReporting.Run(app, args);
    }
}
