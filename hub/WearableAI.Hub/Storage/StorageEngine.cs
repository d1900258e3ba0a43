namespace WearableAI.Hub.Storage;

/// <summary>The database engine behind <see cref="HubDatabase"/>.</summary>
public enum StorageEngine
{
    /// <summary>One file beside the hub (Single mode).</summary>
    Sqlite,

    /// <summary>A server shared by the hub workers (Cluster mode).</summary>
    PostgreSql,
}
