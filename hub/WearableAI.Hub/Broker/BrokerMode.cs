namespace WearableAI.Hub.Broker;

/// <summary>Which MQTT broker the devices talk to.</summary>
public enum BrokerMode
{
    /// <summary>The hub runs its own broker in-process (MQTTnet) and enforces device security itself.</summary>
    Embedded,

    /// <summary>The hub is a client of an external broker (Mosquitto), which enforces security.</summary>
    External,
}
