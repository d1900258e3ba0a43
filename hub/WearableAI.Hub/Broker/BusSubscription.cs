namespace WearableAI.Hub.Broker;

/// <summary>
/// One handler that <see cref="MqttHubBus.SubscribeAsync"/> registered for a topic filter. Disposing it removes the
/// handler, and the broker subscription with the filter's last handler.
/// </summary>
/// <param name="filter">The MQTT topic filter.</param>
/// <param name="handler">Called for every message matching <paramref name="filter"/>.</param>
/// <param name="remove">What disposing does (the bus's removal).</param>
internal sealed class BusSubscription(string filter, Func<HubMessage, Task> handler, Func<BusSubscription, Task> remove) : IAsyncDisposable
{
    /// <summary>The MQTT topic filter.</summary>
    public string Filter { get; } = filter;

    /// <summary>Called for every message matching <see cref="Filter"/>.</summary>
    public Func<HubMessage, Task> Handler { get; } = handler;

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => new(remove(this));
}
