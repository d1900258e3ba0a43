namespace WearableAI.Hub.Broker;

/// <summary>
/// The hub's access to MQTT, the same whichever broker runs (embedded or external).
/// Publishes are QoS 1; handlers run on the receiving connection, one message at a time.
/// Scale-out seam: a second hub worker would subscribe with <c>$share/hub/…</c> filters here.
/// </summary>
public interface IHubBus
{
    /// <summary>Publishes with QoS 1, waiting for the broker's acknowledgement (and for the connection, if it is down).</summary>
    Task PublishAsync(string topic, ReadOnlyMemory<byte> payload, bool retain = false, CancellationToken cancellationToken = default);

    /// <summary>Calls <paramref name="handler"/> for every message matching <paramref name="topicFilter"/>; dispose the result to stop.</summary>
    Task<IAsyncDisposable> SubscribeAsync(string topicFilter, Func<HubMessage, Task> handler, CancellationToken cancellationToken = default);
}
