namespace WearableAI.Hub.Cluster;

/// <summary>How many hub processes serve the devices (docs/scale-out.md).</summary>
public enum ClusterMode
{
    /// <summary>One hub process: embedded or external broker, SQLite, everything in-process (the household and the demo).</summary>
    Single,

    /// <summary>Several hub workers: an external broker with MQTT 5 shared subscriptions, PostgreSQL.</summary>
    Cluster,
}
