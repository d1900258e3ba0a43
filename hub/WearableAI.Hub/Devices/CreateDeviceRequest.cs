namespace WearableAI.Hub.Devices;

/// <summary>Body of <c>POST /api/devices</c>.</summary>
public sealed record CreateDeviceRequest(string? Name, string? Group);
