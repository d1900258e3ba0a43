namespace WearableAI.Hub.Storage;

/// <summary>What the broker needs to check a device's password and its group permissions.</summary>
public sealed record DeviceCredential(string Id, string Group, byte[] SecretHash, byte[] SecretSalt, string BrokerPasswordHash);
