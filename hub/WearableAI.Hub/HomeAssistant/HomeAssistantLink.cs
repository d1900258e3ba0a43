using System.Text;
using Microsoft.Extensions.Options;
using MQTTnet;
using MQTTnet.Protocol;
using WearableAI.Hub.Broker;
using WearableAI.Hub.Security;

namespace WearableAI.Hub.HomeAssistant;

/// <summary>
/// The hub's MQTT connection for Home Assistant, apart from the hub's own bus (<see cref="IHubBus"/>): it has a last
/// will (the hub's availability) and no persistent session, and may go to another broker. Reconnects with back-off;
/// after each connect it marks the hub <c>online</c>, subscribes to Home Assistant's status and the discovery configs,
/// and calls <see cref="Connected"/>. Publishes while disconnected are dropped (the next connect re-announces everything).
/// </summary>
public sealed partial class HomeAssistantLink : IAsyncDisposable
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan LastRetry = TimeSpan.FromSeconds(10);

    /// <summary>How long a stop waits for the broker to take the "offline" availability and the DISCONNECT.</summary>
    private static readonly TimeSpan GoodbyeTimeout = TimeSpan.FromSeconds(3);

    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private readonly HomeAssistantOptions _options;
    private readonly BrokerOptions _hubBroker;
    private readonly HubCredential _hubCredential;
    private readonly string _endpoint;
    private readonly HomeAssistantTopics _topics;
    private readonly ILogger<HomeAssistantLink> _logger;
    private TaskCompletionSource _disconnected = NewSignal();

    public HomeAssistantLink(IOptions<HomeAssistantOptions> options, IOptions<BrokerOptions> hubBroker, HubCredential hubCredential, HomeAssistantTopics topics, ILogger<HomeAssistantLink> logger)
    {
        _topics = topics;
        _logger = logger;
        _options = options.Value;
        _hubBroker = hubBroker.Value;
        _hubCredential = hubCredential;
        _endpoint = HomeAssistantLinkOptions.Endpoint(options.Value, hubBroker.Value);
        _client.ApplicationMessageReceivedAsync += e =>
        {
            MqttApplicationMessage m = e.ApplicationMessage;
            MessageReceived?.Invoke(m.Topic, Encoding.UTF8.GetString(m.Payload));
            return Task.CompletedTask;
        };
        _client.DisconnectedAsync += _ =>
        {
            _disconnected.TrySetResult();
            return Task.CompletedTask;
        };
    }

    /// <summary>Raised after each successful connect (subscriptions made, hub marked online).</summary>
    public event Action? Connected;

    /// <summary>Raised for each message on a subscribed topic (topic, UTF-8 payload); must not block.</summary>
    public event Action<string, string>? MessageReceived;

    /// <summary>True while connected.</summary>
    public bool IsConnected => _client.IsConnected;

    /// <summary>Publishes a UTF-8 payload with QoS 1; false (dropped) when not connected or the broker refused it.</summary>
    public async Task<bool> PublishAsync(string topic, string payload, bool retain, CancellationToken cancellationToken)
    {
        if (!_client.IsConnected)
        {
            return false;
        }

        MqttApplicationMessage message = new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .WithRetainFlag(retain)
            .Build();
        try
        {
            MqttClientPublishResult result = await _client.PublishAsync(message, cancellationToken).ConfigureAwait(false);
            return result.IsSuccess;
        }
        catch (MQTTnet.Exceptions.MqttCommunicationException ex)
        {
            LogPublishFailed(topic, ex.Message);
            return false;
        }
    }

    /// <summary>Connects, and reconnects after each loss, until <paramref name="stoppingToken"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        MqttClientOptions clientOptions = HomeAssistantLinkOptions.Build(_options, _hubBroker, _hubCredential, _topics);
        TimeSpan retry = FirstRetry;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                _disconnected = NewSignal();
                MqttClientConnectResult result = await _client.ConnectAsync(clientOptions, stoppingToken).ConfigureAwait(false);
                if (result.ResultCode != MqttClientConnectResultCode.Success)
                {
                    throw new InvalidOperationException($"the broker refused the hub: {result.ResultCode}");
                }

                await _client.SubscribeAsync(_topics.HomeAssistantStatus, MqttQualityOfServiceLevel.AtLeastOnce, stoppingToken).ConfigureAwait(false);
                await _client.SubscribeAsync(_topics.AllDiscoveryConfigs, MqttQualityOfServiceLevel.AtLeastOnce, stoppingToken).ConfigureAwait(false);
                await PublishAsync(_topics.HubAvailability, HomeAssistantPayloads.Online, retain: true, stoppingToken).ConfigureAwait(false);
                LogConnected(_endpoint);
                retry = FirstRetry;
                Connected?.Invoke();
                await _disconnected.Task.WaitAsync(stoppingToken).ConfigureAwait(false);
                LogDisconnected(_endpoint);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // The connection loop must outlive any failure of one attempt; each is logged.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogConnectFailed(_endpoint, ex.Message, retry.TotalSeconds);
            }

            try
            {
                await Task.Delay(retry, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            retry = TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, LastRetry.Ticks));
        }
    }

    /// <summary>Marks the hub offline (a clean disconnect sends no last will) and disconnects.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (!_client.IsConnected)
        {
            return;
        }

        using var goodbye = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        goodbye.CancelAfter(GoodbyeTimeout);
        try
        {
            await PublishAsync(_topics.HubAvailability, HomeAssistantPayloads.Offline, retain: true, goodbye.Token).ConfigureAwait(false);
            await _client.DisconnectAsync(new MqttClientDisconnectOptions(), goodbye.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is MQTTnet.Exceptions.MqttCommunicationException or OperationCanceledException or ObjectDisposedException)
        {
            // The broker went first (the embedded one stops in parallel) or does not answer, or the host already
            // disposed the client: the broker's end of the connection sends the will. A stop never waits longer than
            // GoodbyeTimeout for a goodbye, nor fails for one.
        }
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    [LoggerMessage(Level = LogLevel.Information, Message = "Home Assistant: connected to {Endpoint}")]
    private partial void LogConnected(string endpoint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Home Assistant: lost the connection to {Endpoint}; reconnecting")]
    private partial void LogDisconnected(string endpoint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Home Assistant: cannot connect to {Endpoint} ({Reason}); retrying in {Seconds} s")]
    private partial void LogConnectFailed(string endpoint, string reason, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Home Assistant: publish to {Topic} failed ({Reason})")]
    private partial void LogPublishFailed(string topic, string reason);
}
