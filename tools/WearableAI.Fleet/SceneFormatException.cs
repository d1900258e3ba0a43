namespace WearableAI.Fleet;

/// <summary>A scene file that cannot be played; the message names the file, the JSON path and the problem.</summary>
public sealed class SceneFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and where.</param>
    public SceneFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public SceneFormatException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and where.</param>
    /// <param name="inner">The JSON reader's error.</param>
    public SceneFormatException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
