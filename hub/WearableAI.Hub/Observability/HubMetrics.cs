using System.Diagnostics.Metrics;

namespace WearableAI.Hub.Observability;

/// <summary>
/// The hub's counters (meter <c>WearableAI.Hub</c>, exported at <c>/metrics</c>): MQTT connections,
/// refused authentications, refused publishes/subscriptions, and messages in/out of the hub.
/// </summary>
public sealed class HubMetrics
{
    public const string MeterName = "WearableAI.Hub";

    private readonly Counter<long> _connections;
    private readonly Counter<long> _authFailures;
    private readonly Counter<long> _permissionViolations;
    private readonly Counter<long> _messagesIn;
    private readonly Counter<long> _messagesOut;

    public HubMetrics(IMeterFactory meterFactory)
    {
        Meter = meterFactory.Create(MeterName);
        _connections = Meter.CreateCounter<long>("wai.hub.mqtt.connections", "{connection}", "MQTT connections accepted");
        _authFailures = Meter.CreateCounter<long>("wai.hub.mqtt.auth_failures", "{connection}", "MQTT connections refused for bad credentials");
        _permissionViolations = Meter.CreateCounter<long>("wai.hub.mqtt.permission_violations", "{request}", "Publishes and subscriptions refused by topic permissions");
        _messagesIn = Meter.CreateCounter<long>("wai.hub.messages.in", "{message}", "Messages received by the hub");
        _messagesOut = Meter.CreateCounter<long>("wai.hub.messages.out", "{message}", "Messages published by the hub");
    }

    /// <summary>The meter of this hub instance.</summary>
    public Meter Meter { get; }

    public void Connection(string client) => _connections.Add(1, new KeyValuePair<string, object?>("client", client));

    public void AuthFailure(string reason) => _authFailures.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void PermissionViolation(string action) => _permissionViolations.Add(1, new KeyValuePair<string, object?>("action", action));

    public void MessageIn() => _messagesIn.Add(1);

    public void MessageOut() => _messagesOut.Add(1);
}
