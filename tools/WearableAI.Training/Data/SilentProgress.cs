namespace WearableAI.Training.Data;

/// <summary>Progress that goes nowhere (tests, library callers without a console).</summary>
public sealed class SilentProgress : IWorkProgress
{
    /// <summary>The shared instance.</summary>
    public static readonly SilentProgress Instance = new();

    /// <inheritdoc />
    public void Begin(string task, long total)
    {
    }

    /// <inheritdoc />
    public void Advance(long units)
    {
    }

    /// <inheritdoc />
    public void Report(string line)
    {
    }
}
