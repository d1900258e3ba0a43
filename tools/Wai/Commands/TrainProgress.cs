using Spectre.Console;
using WearableAI.Training.Data;

namespace WearableAI.Tools.Commands;

/// <summary>
/// Shows <c>wai train</c> progress: a Spectre.Console progress bar per task and result lines above
/// them on an interactive terminal; plain lines (every 10 %) when the output is redirected.
/// </summary>
internal sealed class TrainProgress : IWorkProgress
{
    private readonly Lock _lock = new();
    private ProgressContext? _context;
    private ProgressTask? _task;
    private string _name = string.Empty;
    private long _done;
    private long _total;
    private long _reported;

    public static void Run(Action<IWorkProgress> work)
    {
        var progress = new TrainProgress();
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            work(progress);
            return;
        }

        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                progress._context = context;
                work(progress);
            });
    }

    public void Begin(string task, long total)
    {
        lock (_lock)
        {
            if (_task != null) _task.Value = _task.MaxValue;
            _name = task;
            _done = 0;
            _total = total;
            _reported = 0;
            if (_context != null)
            {
                _task = _context.AddTask(Markup.Escape(task), maxValue: Math.Max(1, total));
            }
            else
            {
                Console.WriteLine($"{task}: {total}");
            }
        }
    }

    public void Advance(long units)
    {
        lock (_lock)
        {
            _done += units;
            if (_task != null)
            {
                _task.Increment(units);
                return;
            }

            long tenth = _total == 0 ? 10 : _done * 10 / _total;
            if (tenth > _reported)
            {
                Console.WriteLine($"{_name}: {_done}/{_total} ({tenth * 10} %)");
                _reported = tenth;
            }
        }
    }

    public void Report(string line)
    {
        lock (_lock)
        {
            if (_context != null) AnsiConsole.MarkupLine(Markup.Escape(line));
            else Console.WriteLine(line);
        }
    }
}
