namespace WearableAI.HubLoad;

/// <summary>A device the bench drives: MQTT credentials (user = client id = <see cref="Id"/>) and its group.</summary>
public sealed record BenchDevice(string Id, string? Secret, string Group);
