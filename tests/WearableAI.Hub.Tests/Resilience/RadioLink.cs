using WearableAI.Firmware.Hardware;

namespace WearableAI.Hub.Tests.Resilience;

/// <summary>
/// The watch's radio as a simulator: passes everything to the real MQTT link while in range; out of range,
/// the connection is gone and connect attempts fail, as when the wearer walks away from the Wi-Fi.
/// </summary>
public sealed class RadioLink(IMessageLink inner) : IMessageLink, ILastWillLink
{
    private volatile bool _inRange = true;

    /// <summary>Connect attempts made, in range or not.</summary>
    public int ConnectAttempts { get; private set; }

    /// <summary>Out of range: drops the connection now; connects fail until back in range.</summary>
    public bool InRange
    {
        get => _inRange;
        set
        {
            _inRange = value;
            if (!value && inner is WearableAI.Firmware.Host.Mqtt.MqttMessageLink mqtt)
            {
                mqtt.Disconnect();
            }
        }
    }

    public bool IsConnected => _inRange && inner.IsConnected;

    public bool Connect()
    {
        ConnectAttempts++;
        return _inRange && inner.Connect();
    }

    public bool Publish(LinkChannel channel, byte[] payload, int offset, int count) => _inRange && inner.Publish(channel, payload, offset, count);

    public int Poll(byte[] buffer, int offset, out LinkChannel channel) => inner.Poll(buffer, offset, out channel);

    public void SetLastWill(byte[] payload, int offset, int count) => (inner as ILastWillLink)?.SetLastWill(payload, offset, count);
}
