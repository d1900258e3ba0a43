using System.Security.Cryptography;
using System.Text;

namespace WearableAI.Hub.Security;

/// <summary>
/// An account on the embedded broker for a client that is neither the hub nor a device — Home Assistant reading the
/// hub's discovery configs and events: it may subscribe only below its read prefixes and publish only its write topics,
/// never under <c>wai/v1/</c> unless a prefix says so. A feature registers one as a singleton (the embedded broker
/// admits every registered guest); an empty <see cref="UserName"/> admits nobody.
/// </summary>
/// <param name="UserName">The guest's user name (empty: disabled).</param>
/// <param name="Password">Its password.</param>
/// <param name="ReadPrefixes">Topic prefixes ending in '/' below which it may subscribe, e.g. <c>homeassistant/</c>.</param>
/// <param name="WriteTopics">Exact topics it may publish to, e.g. <c>homeassistant/status</c>.</param>
public sealed record BrokerGuest(string UserName, string Password, IReadOnlyList<string> ReadPrefixes, IReadOnlyList<string> WriteTopics)
{
    /// <summary>Constant-time check of a connecting client's credentials.</summary>
    public bool Matches(string? userName, string? password) =>
        UserName.Length > 0 && userName == UserName && password is not null &&
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(password), Encoding.UTF8.GetBytes(Password));

    /// <summary>True when the filter lies below one of <see cref="ReadPrefixes"/> (checked by literal prefix, as for devices).</summary>
    public bool CanSubscribe(string topicFilter) =>
        ReadPrefixes.Any(prefix => topicFilter.Length > prefix.Length && topicFilter.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>True when <paramref name="topic"/> is one of <see cref="WriteTopics"/>.</summary>
    public bool CanPublish(string topic) => WriteTopics.Contains(topic, StringComparer.Ordinal);
}
