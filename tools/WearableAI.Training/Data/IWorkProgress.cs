namespace WearableAI.Training.Data;

/// <summary>Receives progress of long work (feature extraction, training); the CLI shows it as progress bars.</summary>
public interface IWorkProgress
{
    /// <summary>A task of <paramref name="total"/> units starts.</summary>
    void Begin(string task, long total);

    /// <summary>Units of the current task are done (may be called from several threads).</summary>
    void Advance(long units);

    /// <summary>A line worth keeping (epoch results, stage summaries).</summary>
    void Report(string line);
}
