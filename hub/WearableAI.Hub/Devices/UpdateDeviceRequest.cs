namespace WearableAI.Hub.Devices;

/// <summary>Body of <c>PATCH /api/devices/{id}</c>: a new name and/or group; omitted fields stay.</summary>
public sealed record UpdateDeviceRequest(string? Name, string? Group);
