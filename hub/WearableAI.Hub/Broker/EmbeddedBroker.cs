using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using MQTTnet.Protocol;
using MQTTnet.Server;
using WearableAI.Hub.Observability;
using WearableAI.Hub.Security;
using WearableAI.Hub.Storage;

namespace WearableAI.Hub.Broker;

/// <summary>
/// The in-process MQTT broker (MQTTnet server, MQTT 3.1.1 and 5) with the hub's device security:
/// per-device credentials, client id = device id, and topic permissions (<see cref="TopicPermissions"/>); registered
/// guests (<see cref="BrokerGuest"/>, e.g. Home Assistant) log in with their own account and use only their own topics.
/// Sessions are persistent, so a device reconnecting with clean session off gets its queued QoS 1 messages
/// (in memory: a hub restart loses them).
/// </summary>
public sealed partial class EmbeddedBroker(
    IOptions<BrokerOptions> options,
    DeviceStore devices,
    HubCredential hubCredential,
    HubMetrics metrics,
    IEnumerable<IDeviceConnections> connections,
    IEnumerable<BrokerGuest> guests,
    ILogger<EmbeddedBroker> logger) : IHostedService, IAsyncDisposable
{
    // Who is on each client id, as of its latest successful CONNECT (client id = device id for devices).
    private readonly ConcurrentDictionary<string, BrokerPrincipal> _principals = new(StringComparer.Ordinal);
    private MqttServer? _server;

    /// <summary>True while the broker accepts connections.</summary>
    public bool IsRunning => _server?.IsStarted == true;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        BrokerOptions settings = options.Value;
        MqttServerOptionsBuilder builder = new MqttServerOptionsBuilder()
            .WithDefaultEndpoint()
            .WithDefaultEndpointBoundIPAddress(IPAddress.Parse(settings.BindAddress))
            .WithDefaultEndpointPort(settings.Port)
            .WithPersistentSessions(true);
        if (settings.Tls.Enabled)
        {
            builder = builder.WithEncryptedEndpoint()
                .WithEncryptedEndpointBoundIPAddress(IPAddress.Parse(settings.BindAddress))
                .WithEncryptedEndpointPort(settings.Tls.Port)
                .WithEncryptionCertificate(LoadCertificate(settings.Tls));
        }

        _server = new MqttServerFactory().CreateMqttServer(builder.Build());
        _server.ValidatingConnectionAsync += ValidateConnectionAsync;
        _server.InterceptingPublishAsync += InterceptPublishAsync;
        _server.InterceptingSubscriptionAsync += InterceptSubscriptionAsync;
        _server.ClientConnectedAsync += OnClientConnectedAsync;
        _server.ClientDisconnectedAsync += OnClientDisconnectedAsync;
        await _server.StartAsync().ConfigureAwait(false);
        LogStarted(settings.BindAddress, settings.Port, settings.Tls.Enabled ? $"TLS on port {settings.Tls.Port}" : "no TLS listener");
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is { IsStarted: true })
        {
            try
            {
                await _server.StopAsync(new MqttServerStopOptions()).ConfigureAwait(false);
            }
            catch (InvalidOperationException ex)
            {
                // MQTTnet 5.2 can race while cleaning up client channels that are still closing
                // ("Collection was modified"); the listeners are already closed by then, so the
                // hub still stops cleanly. Logged, not rethrown, so shutdown completes.
                LogStopRace(ex.Message);
            }
        }
    }

    /// <summary>Closes a device's connection (after it was deleted or moved), so it must authenticate again.</summary>
    public async Task DisconnectDeviceAsync(string deviceId)
    {
        _principals.TryRemove(deviceId, out _);
        if (_server is not { IsStarted: true })
        {
            return;
        }

        try
        {
            await _server.DisconnectClientAsync(deviceId, new MqttServerClientDisconnectOptions { ReasonCode = MqttDisconnectReasonCode.NotAuthorized }).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            // Not connected: nothing to close.
        }
    }

    public async ValueTask DisposeAsync()
    {
        _server?.Dispose();
        await Task.CompletedTask.ConfigureAwait(false);
    }

    private async Task ValidateConnectionAsync(ValidatingConnectionEventArgs e)
    {
        if (hubCredential.Matches(e.UserName, e.Password))
        {
            _principals[e.ClientId] = BrokerPrincipal.Hub;
            return;
        }

        if (guests.FirstOrDefault(g => g.Matches(e.UserName, e.Password)) is { } guest)
        {
            _principals[e.ClientId] = BrokerPrincipal.ForGuest(guest);
            return;
        }

        DeviceCredential? credential = HubTopics.IsValidId(e.UserName)
            ? await devices.FindCredentialAsync(e.UserName, e.CancellationToken).ConfigureAwait(false)
            : null;
        if (credential is null || !SecretHasher.Verify(e.Password, credential.SecretHash, credential.SecretSalt))
        {
            string reason = credential is null ? "unknown_device" : "wrong_secret";
            e.ReasonCode = MqttConnectReasonCode.BadUserNameOrPassword;
            metrics.AuthFailure(reason);
            LogRefused(Printable(e.UserName), reason, e.RemoteEndPoint?.ToString());
            return;
        }

        if (string.IsNullOrEmpty(e.ClientId))
        {
            // MQTTnet's server refuses empty client ids; the device's own id is the natural one.
            e.AssignedClientIdentifier = credential.Id;
        }
        else if (e.ClientId != credential.Id)
        {
            e.ReasonCode = MqttConnectReasonCode.ClientIdentifierNotValid;
            metrics.AuthFailure("client_id");
            LogRefused(credential.Id, "client id must equal the device id", e.RemoteEndPoint?.ToString());
            return;
        }

        _principals[credential.Id] = new BrokerPrincipal(credential.Id, credential.Group, false);
    }

    private Task InterceptPublishAsync(InterceptingPublishEventArgs e)
    {
        string topic = e.ApplicationMessage.Topic;
        if (_principals.TryGetValue(e.ClientId ?? "", out BrokerPrincipal? principal) && TopicPermissions.CanPublish(principal, topic))
        {
            return Task.CompletedTask;
        }

        e.ProcessPublish = false;
        e.Response.ReasonCode = MqttPubAckReasonCode.NotAuthorized;
        metrics.PermissionViolation("publish");
        LogViolation(e.ClientId ?? "", "publish", topic);
        return Task.CompletedTask;
    }

    private Task InterceptSubscriptionAsync(InterceptingSubscriptionEventArgs e)
    {
        string filter = e.TopicFilter.Topic;
        if (_principals.TryGetValue(e.ClientId ?? "", out BrokerPrincipal? principal) && TopicPermissions.CanSubscribe(principal, filter))
        {
            return Task.CompletedTask;
        }

        e.ProcessSubscription = false;
        e.Response.ReasonCode = MqttSubscribeReasonCode.NotAuthorized;
        metrics.PermissionViolation("subscribe");
        LogViolation(e.ClientId ?? "", "subscribe", filter);
        return Task.CompletedTask;
    }

    private async Task OnClientConnectedAsync(ClientConnectedEventArgs e)
    {
        bool isDevice = _principals.TryGetValue(e.ClientId, out BrokerPrincipal? principal) && !principal.IsHub && principal.Guest is null;
        metrics.Connection(isDevice ? "device" : principal?.Guest is null ? "hub" : "guest");
        if (isDevice)
        {
            LogConnected(e.ClientId, e.ProtocolVersion.ToString());
            foreach (IDeviceConnections observer in connections)
            {
                await observer.ConnectedAsync(e.ClientId, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private async Task OnClientDisconnectedAsync(ClientDisconnectedEventArgs e)
    {
        // A takeover is the same device reconnecting: it is still online. A guest is no device.
        bool guest = _principals.TryGetValue(e.ClientId, out BrokerPrincipal? principal) && principal.Guest is not null;
        if (!guest && HubTopics.IsValidId(e.ClientId) && e.DisconnectType != MqttClientDisconnectType.Takeover)
        {
            foreach (IDeviceConnections observer in connections)
            {
                await observer.DisconnectedAsync(e.ClientId, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private static X509Certificate2 LoadCertificate(BrokerTlsOptions tls)
    {
        if (!string.IsNullOrEmpty(tls.KeyPath))
        {
            // A PEM pair gives an ephemeral key; export/re-import so SslStream can use it on every platform.
            using X509Certificate2 pem = X509Certificate2.CreateFromPemFile(tls.CertificatePath, tls.KeyPath);
            return X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
        }

        return X509CertificateLoader.LoadPkcs12FromFile(tls.CertificatePath, string.IsNullOrEmpty(tls.Password) ? null : tls.Password);
    }

    private static string Printable(string? userName) =>
        userName is null ? "(none)" : userName.Length > 40 ? userName[..40] + "…" : userName;

    [LoggerMessage(Level = LogLevel.Information, Message = "Embedded MQTT broker listening on {Address}:{Port} ({Tls})")]
    private partial void LogStarted(string address, int port, string tls);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Embedded MQTT broker stopped with a client clean-up race: {Message}")]
    private partial void LogStopRace(string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "MQTT connection refused for user {UserName}: {Reason} (from {Remote})")]
    private partial void LogRefused(string userName, string reason, string? remote);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Permission violation by {ClientId}: {Action} on {Topic} refused")]
    private partial void LogViolation(string clientId, string action, string topic);

    [LoggerMessage(Level = LogLevel.Information, Message = "Device {DeviceId} connected (MQTT {Version})")]
    private partial void LogConnected(string deviceId, string version);
}
