namespace WearableAI.Contracts;

/// <summary>
/// A manifest that cannot be used. The message is one line for people: the file, then the field and what is
/// wrong with it, or what to do (e.g. <c>models/manifest.json: 'thresholds.wake' must be 0..1 (got 1.5).</c>).
/// </summary>
public sealed class ModelManifestException : Exception
{
    /// <summary>A manifest problem.</summary>
    public ModelManifestException(ModelManifestProblem problem, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Problem = problem;
    }

    /// <summary>An unusable manifest (<see cref="ModelManifestProblem.Invalid"/>).</summary>
    public ModelManifestException()
        : this(ModelManifestProblem.Invalid, "the model manifest is unusable")
    {
    }

    /// <summary>An unusable manifest (<see cref="ModelManifestProblem.Invalid"/>).</summary>
    public ModelManifestException(string message)
        : this(ModelManifestProblem.Invalid, message)
    {
    }

    /// <summary>An unusable manifest (<see cref="ModelManifestProblem.Invalid"/>).</summary>
    public ModelManifestException(string message, Exception innerException)
        : this(ModelManifestProblem.Invalid, message, innerException)
    {
    }

    /// <summary>What kind of problem it is (the hub counts them by it).</summary>
    public ModelManifestProblem Problem { get; }
}
