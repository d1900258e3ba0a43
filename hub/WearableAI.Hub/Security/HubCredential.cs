using System.Security.Cryptography;

namespace WearableAI.Hub.Security;

/// <summary>
/// The credential of the hub's own MQTT client on the embedded broker: random per process,
/// never stored. The user name contains '$', which no device id can, so it cannot collide.
/// </summary>
public sealed class HubCredential
{
    public string UserName { get; } = "$hub";

    public string Password { get; } = SecretHasher.Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>Client id of the hub's connection; contains '.', which no device id can.</summary>
    public string ClientId { get; } = "wai.hub." + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "." + SecretHasher.Base64Url(RandomNumberGenerator.GetBytes(6));

    /// <summary>Constant-time check of a connecting client's credentials against the hub's.</summary>
    public bool Matches(string? userName, string? password) =>
        userName == UserName && password is not null &&
        CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(password), System.Text.Encoding.UTF8.GetBytes(Password));
}
