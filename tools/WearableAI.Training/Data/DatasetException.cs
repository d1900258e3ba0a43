namespace WearableAI.Training.Data;

/// <summary>
/// Bad training input the user can fix (missing folder, empty label folder, wrong WAV format,
/// corrupt cache). The message is one sentence naming the file or folder; the CLI prints it
/// as a single line.
/// </summary>
public sealed class DatasetException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DatasetException()
    {
    }

    /// <summary>Creates the exception with a one-line message.</summary>
    public DatasetException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line message and its cause.</summary>
    public DatasetException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
