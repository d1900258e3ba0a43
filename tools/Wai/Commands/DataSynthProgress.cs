using Spectre.Console;
using WearableAI.Synthesis;

namespace WearableAI.Tools.Commands;

/// <summary>
/// Shows synthesis progress: Spectre.Console progress bars on an interactive terminal, plain
/// lines (every 10 %) when the output is redirected, as in CI logs.
/// </summary>
internal sealed class DataSynthProgress : ISynthesisProgress
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, ProgressTask> _tasks = [];
    private readonly Dictionary<string, (int Done, int Total, int Reported)> _plain = [];
    private ProgressContext? _context;

    public static void Run(Action<ISynthesisProgress> work)
    {
        var progress = new DataSynthProgress();
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            work(progress);
            return;
        }

        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                progress._context = context;
                work(progress);
            });
    }

    public void Begin(string stage, int total)
    {
        lock (_lock)
        {
            if (_context != null)
            {
                _tasks[stage] = _context.AddTask(stage, maxValue: Math.Max(1, total));
                if (total == 0) _tasks[stage].Value = 1;
            }
            else
            {
                _plain[stage] = (0, total, 0);
                Console.WriteLine($"{stage}: {total} to make");
            }
        }
    }

    public void Advance(string stage)
    {
        lock (_lock)
        {
            if (_context != null)
            {
                _tasks[stage].Increment(1);
                return;
            }

            (int done, int total, int reported) = _plain[stage];
            done++;
            int tenth = total == 0 ? 10 : done * 10 / total;
            if (tenth > reported)
            {
                Console.WriteLine($"{stage}: {done}/{total} ({tenth * 10} %)");
                reported = tenth;
            }

            _plain[stage] = (done, total, reported);
        }
    }
}
