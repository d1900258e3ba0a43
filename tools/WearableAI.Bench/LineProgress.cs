using WearableAI.Training.Data;

namespace WearableAI.Bench;

/// <summary>Work progress as plain lines (an evaluation run inside the bench): one line per task and every 10 %.</summary>
internal sealed class LineProgress(Action<string> write) : IWorkProgress
{
    private string _task = "";
    private long _total;
    private long _done;
    private int _lastTenth;

    public void Begin(string task, long total)
    {
        (_task, _total, _done, _lastTenth) = (task, total, 0, 0);
        write($"{task}…");
    }

    public void Advance(long units)
    {
        _done += units;
        int tenth = _total <= 0 ? 0 : (int)(10 * _done / _total);
        if (tenth > _lastTenth)
        {
            _lastTenth = tenth;
            write($"{_task}: {tenth * 10} %");
        }
    }

    public void Report(string line) => write(line);
}
