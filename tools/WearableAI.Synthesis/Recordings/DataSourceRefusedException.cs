namespace WearableAI.Synthesis.Recordings;

/// <summary>Thrown when the data pipeline tries to read a path that is not on <see cref="DataSourceAllowList"/>.</summary>
public sealed class DataSourceRefusedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DataSourceRefusedException()
    {
    }

    /// <summary>Creates the exception with the reason.</summary>
    public DataSourceRefusedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the reason and its cause.</summary>
    public DataSourceRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
