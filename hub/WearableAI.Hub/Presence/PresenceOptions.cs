using System.ComponentModel.DataAnnotations;

namespace WearableAI.Hub.Presence;

/// <summary>
/// Settings of the heartbeat timeout (<c>Hub:Presence</c>): an online device with no frame for
/// <see cref="MissedHeartbeats"/> × <see cref="HeartbeatIntervalSeconds"/> is marked offline
/// ("heartbeat timeout") — for watches whose last will the broker cannot deliver (the ESP32 M2Mqtt
/// client carries only string wills) or whose main loop hung while the network stack stays connected.
/// </summary>
public sealed class PresenceOptions
{
    public const string Section = "Hub:Presence";

    /// <summary>
    /// The watches' heartbeat interval in seconds: the firmware's default (DeviceConfig's, 60 s). Hello and
    /// Status frames do not carry the interval, so the hub takes it from here.
    /// </summary>
    [Range(1, 65535)]
    public int HeartbeatIntervalSeconds { get; set; } = 60;

    /// <summary>Heartbeats a device may miss before it is marked offline.</summary>
    [Range(1, 1000)]
    public int MissedHeartbeats { get; set; } = 3;

    /// <summary>How often the hub looks for silent devices, in seconds.</summary>
    [Range(1, 3600)]
    public int CheckPeriodSeconds { get; set; } = 10;

    /// <summary>Silence after which an online device is marked offline.</summary>
    public TimeSpan Timeout => TimeSpan.FromSeconds((double)HeartbeatIntervalSeconds * MissedHeartbeats);
}
