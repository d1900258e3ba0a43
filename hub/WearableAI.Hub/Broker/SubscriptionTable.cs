using MQTTnet;

namespace WearableAI.Hub.Broker;

/// <summary>
/// The handlers of <see cref="MqttHubBus"/> by topic filter: which handlers a message reaches, which filters
/// to subscribe after each connect, and when a filter has lost its last handler. Thread-safe.
/// </summary>
internal sealed class SubscriptionTable
{
    private readonly Lock _gate = new();
    private readonly List<BusSubscription> _subscriptions = [];

    /// <summary>Registers a handler; it receives messages from now on.</summary>
    public void Add(BusSubscription subscription)
    {
        lock (_gate)
        {
            _subscriptions.Add(subscription);
        }
    }

    /// <summary>The handlers whose filter matches <paramref name="topic"/>, in the order they were added.</summary>
    public BusSubscription[] Matching(string topic)
    {
        lock (_gate)
        {
            return _subscriptions.Where(s => MqttTopicFilterComparer.Compare(topic, s.Filter) == MqttTopicFilterCompareResult.IsMatch).ToArray();
        }
    }

    /// <summary>Every filter with a handler, once each (what to subscribe after a connect).</summary>
    public string[] Filters()
    {
        lock (_gate)
        {
            return _subscriptions.Select(s => s.Filter).Distinct(StringComparer.Ordinal).ToArray();
        }
    }

    /// <summary>Removes a handler.</summary>
    /// <returns>True when no handler is left on its filter (the broker subscription can go).</returns>
    public bool Remove(BusSubscription subscription)
    {
        lock (_gate)
        {
            _subscriptions.Remove(subscription);
            return !_subscriptions.Any(s => s.Filter == subscription.Filter);
        }
    }
}
