using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using WearableAI.Hub.Broker;
using WearableAI.Hub.Security;
using WearableAI.Hub.Storage;

namespace WearableAI.Hub.Devices;

/// <summary>
/// Creates, changes and removes devices, keeping the broker side in step: a new device gets an id
/// and a random secret (stored hashed); a moved or deleted device is disconnected so its permissions
/// are re-evaluated; in External mode the Mosquitto files are rewritten.
/// </summary>
public sealed class DeviceProvisioner(DeviceStore store, EmbeddedBroker broker, MosquittoFiles mosquittoFiles, IOptions<BrokerOptions> brokerOptions, DeviceChanges changes)
{
    public const string DefaultGroup = "home";
    public const int MaxNameLength = 64;

    /// <summary>Provisions a new device; the returned secret is never available again.</summary>
    public async Task<ProvisionedDevice> CreateAsync(string name, string group, CancellationToken cancellationToken)
    {
        string secret = SecretHasher.NewSecret();
        (byte[] hash, byte[] salt) = SecretHasher.Hash(secret);
        string brokerHash = MosquittoPasswordHasher.Hash(secret);
        string id;
        do
        {
            id = NewId(name);
        }
        while (!await store.AddAsync(id, name, group, hash, salt, brokerHash, cancellationToken).ConfigureAwait(false));

        await mosquittoFiles.RefreshAsync(cancellationToken).ConfigureAwait(false);
        changes.Publish(id);
        BrokerOptions settings = brokerOptions.Value;
        (string host, int port) = settings.DeviceEndpoint();
        int? tlsPort = settings.Mode == BrokerMode.Embedded && settings.Tls.Enabled ? settings.Tls.Port : null;
        return new ProvisionedDevice(id, name, group, secret, host, port, tlsPort);
    }

    /// <summary>Renames and/or moves a device; false when unknown.</summary>
    public async Task<bool> UpdateAsync(string id, string? name, string? group, CancellationToken cancellationToken)
    {
        if (!await store.UpdateAsync(id, name, group, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        if (group is not null)
        {
            await broker.DisconnectDeviceAsync(id).ConfigureAwait(false);
            await mosquittoFiles.RefreshAsync(cancellationToken).ConfigureAwait(false);
        }

        changes.Publish(id);
        return true;
    }

    /// <summary>Deletes a device and closes its connection; false when unknown.</summary>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        if (!await store.DeleteAsync(id, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await broker.DisconnectDeviceAsync(id).ConfigureAwait(false);
        await mosquittoFiles.RefreshAsync(cancellationToken).ConfigureAwait(false);
        changes.Publish(id);
        return true;
    }

    /// <summary>A readable id from the name plus a random suffix, e.g. <c>kitchen-watch-4k2q9x</c>.</summary>
    private static string NewId(string name)
    {
        var slug = new StringBuilder();
        foreach (char c in name.ToLowerInvariant())
        {
            if (slug.Length >= 20)
            {
                break;
            }

            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        string prefix = slug.ToString().Trim('-');
        const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        string suffix = string.Create(6, 0, (span, _) =>
        {
            for (int i = 0; i < span.Length; i++)
            {
                span[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
            }
        });
        return string.Create(CultureInfo.InvariantCulture, $"{(prefix.Length == 0 ? "dev" : prefix)}-{suffix}");
    }
}
