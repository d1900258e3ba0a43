namespace WearableAI.Hub.Devices;

/// <summary>
/// Answer of <c>POST /api/devices</c>: what to flash into the device. The secret is shown only
/// here, once; the hub keeps only its hash. MQTT user name = <see cref="Id"/>, password = <see cref="Secret"/>,
/// client id = <see cref="Id"/>.
/// </summary>
public sealed record ProvisionedDevice(string Id, string Name, string Group, string Secret, string MqttHost, int MqttPort, int? MqttTlsPort);
