namespace WearableAI.HubLoad.Workers;

/// <summary>
/// The services Cluster-mode workers join (scripts/lib/cluster-services.sh prints them): the MQTT 5 broker with shared
/// subscriptions, Redis (Orleans membership) and one PostgreSQL database, plus the share group the workers form.
/// </summary>
/// <param name="MqttPort">Mosquitto on 127.0.0.1.</param>
/// <param name="RedisPort">Redis on 127.0.0.1.</param>
/// <param name="PostgreSql">Npgsql connection string of the workers' database.</param>
/// <param name="ShareGroup">The <c>$share/&lt;group&gt;/…</c> group; one per deployment (tests use one each).</param>
public sealed record ClusterEndpoints(int MqttPort, int RedisPort, string PostgreSql, string ShareGroup = "wai-hubs")
{
    /// <summary>The hub settings (<c>--Hub:…=…</c>) that put a worker on these services.</summary>
    public IEnumerable<string> HubSettings()
    {
        yield return "--Hub:Cluster:Mode=Cluster";
        yield return $"--Hub:Cluster:PostgreSql={PostgreSql}";
        yield return $"--Hub:Cluster:Redis=127.0.0.1:{RedisPort}";
        yield return $"--Hub:Cluster:ShareGroup={ShareGroup}";
        yield return "--Hub:Broker:Mode=External";
        yield return $"--Hub:Broker:ExternalUrl=mqtt://127.0.0.1:{MqttPort}";
        // The script's Mosquitto is anonymous: the account only names the workers' client ids (<user>-<worker id>).
        yield return "--Hub:Broker:Username=hub";
        yield return "--Hub:Broker:Password=unused-anonymous-broker";
    }
}
