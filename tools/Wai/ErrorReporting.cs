using Spectre.Console;
using Spectre.Console.Cli;

namespace WearableAI.Tools;

/// <summary>
/// Turns the errors a user can cause (missing files, bad WAVs, bad options) into one clear
/// line and exit code 2, instead of a stack trace. Bugs still surface as exceptions.
/// </summary>
internal static class ErrorReporting
{
    public static int Run(CommandApp app, string[] args)
    {
        try
        {
            return app.Run(args);
        }
        catch (UserFacingException e)
        {
            AnsiConsole.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
            return 2;
        }
        catch (CommandAppException e)
        {
            AnsiConsole.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
            return 2;
        }
    }
}
