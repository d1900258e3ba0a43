using System.Buffers;
using Microsoft.Extensions.Options;
using MQTTnet;
using MQTTnet.Exceptions;
using MQTTnet.Protocol;
using WearableAI.Hub.Cluster;
using WearableAI.Hub.Observability;
using WearableAI.Hub.Security;

namespace WearableAI.Hub.Broker;

/// <summary>
/// <see cref="IHubBus"/> over an MQTTnet client: connected to the embedded broker with the
/// per-process <see cref="HubCredential"/>, or to the external broker with the configured account.
/// Reconnects with back-off and re-subscribes every handler's filter after each connect. In Cluster mode every
/// filter is subscribed as an MQTT 5 shared subscription (<c>$share/&lt;group&gt;/filter</c>,
/// <see cref="ClusterOptions.ShareGroup"/>): the broker hands each device message to one worker of the group.
/// </summary>
/// <remarks>
/// The session is persistent (clean start off, <see cref="BrokerOptions.SessionExpirySeconds"/>), so while the hub
/// restarts the broker keeps its subscriptions and queues what devices send. Three rules keep that queue whole:
/// the bus connects only after every hosted service has started (so the handlers exist when the backlog arrives);
/// a message is acknowledged only after its handlers ran; and once the host is stopping, nothing more is
/// acknowledged unless its handlers finished, and nothing unsubscribed, so what arrived too late or was cut short
/// is redelivered to the next hub (ingest drops the copies it had already stored).
/// </remarks>
public sealed partial class MqttHubBus : BackgroundService, IHubBus, IHostedLifecycleService
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan LastRetry = TimeSpan.FromSeconds(5);

    /// <summary>How long a stop waits for the broker to take the DISCONNECT.</summary>
    private static readonly TimeSpan GoodbyeTimeout = TimeSpan.FromSeconds(3);

    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private readonly MqttClientOptions _clientOptions;
    private readonly string _endpoint;
    private readonly string _sharePrefix;
    private readonly HubMetrics _metrics;
    private readonly ILogger<MqttHubBus> _logger;
    private readonly Lock _gate = new();
    private readonly SubscriptionTable _subscriptions = new();
    private TaskCompletionSource _connected = NewSignal();
    private TaskCompletionSource _disconnected = NewSignal();
    private readonly TaskCompletionSource _hostStarted = NewSignal();
    private volatile bool _stopping;

    public MqttHubBus(IOptions<BrokerOptions> options, IOptions<ClusterOptions> cluster, HubCredential hubCredential, HubMetrics metrics, ILogger<MqttHubBus> logger)
    {
        _metrics = metrics;
        _logger = logger;
        _sharePrefix = cluster.Value.IsCluster ? $"$share/{cluster.Value.ShareGroup}/" : "";
        _clientOptions = HubClientOptions.Build(options.Value, hubCredential, cluster.Value.IsCluster ? cluster.Value.ResolvedWorkerId : null);
        _endpoint = HubClientOptions.Endpoint(options.Value);
        _client.ApplicationMessageReceivedAsync += OnMessageAsync;
        _client.DisconnectedAsync += _ =>
        {
            lock (_gate)
            {
                if (_connected.Task.IsCompleted)
                {
                    _connected = NewSignal();
                }

                _disconnected.TrySetResult();
            }

            return Task.CompletedTask;
        };
    }

    /// <summary>The topic filters handlers are registered for (what the bus subscribes after each connect).</summary>
    internal string[] HandledFilters => _subscriptions.Filters();

    /// <summary>True while connected to the broker.</summary>
    public bool IsConnected => _client.IsConnected;

    /// <summary>Completes when the bus is connected (immediately if it is).</summary>
    public Task WaitUntilConnectedAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _connected.Task.WaitAsync(cancellationToken);
        }
    }

    public async Task PublishAsync(string topic, ReadOnlyMemory<byte> payload, bool retain = false, CancellationToken cancellationToken = default)
    {
        await WaitUntilConnectedAsync(cancellationToken).ConfigureAwait(false);
        MqttApplicationMessage message = new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(payload.ToArray())
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .WithRetainFlag(retain)
            .Build();
        MqttClientPublishResult result = await _client.PublishAsync(message, cancellationToken).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"The broker refused the hub's publish to {topic}: {result.ReasonCode}.");
        }

        _metrics.MessageOut();
    }

    public async Task<IAsyncDisposable> SubscribeAsync(string topicFilter, Func<HubMessage, Task> handler, CancellationToken cancellationToken = default)
    {
        var subscription = new BusSubscription(topicFilter, handler, RemoveAsync);
        _subscriptions.Add(subscription);

        if (_client.IsConnected)
        {
            await _client.SubscribeAsync(_sharePrefix + topicFilter, MqttQualityOfServiceLevel.AtLeastOnce, cancellationToken).ConfigureAwait(false);
        }

        return subscription;
    }

    /// <inheritdoc/>
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Every hosted service has started (the ingest handlers are registered): the bus may connect now.</summary>
    public Task StartedAsync(CancellationToken cancellationToken)
    {
        _hostStarted.TrySetResult();
        return Task.CompletedTask;
    }

    /// <summary>The host begins to stop: from now on nothing is acknowledged or unsubscribed (see remarks).</summary>
    public Task StoppingAsync(CancellationToken cancellationToken)
    {
        _stopping = true;
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await _hostStarted.Task.WaitAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        TimeSpan retry = FirstRetry;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                TaskCompletionSource disconnected;
                lock (_gate)
                {
                    _disconnected = NewSignal();
                    disconnected = _disconnected;
                }

                MqttClientConnectResult result = await _client.ConnectAsync(_clientOptions, stoppingToken).ConfigureAwait(false);
                if (result.ResultCode != MqttClientConnectResultCode.Success)
                {
                    throw new InvalidOperationException($"the broker refused the hub: {result.ResultCode}{(string.IsNullOrEmpty(result.ReasonString) ? "" : " " + result.ReasonString)}");
                }

                foreach (string filter in _subscriptions.Filters())
                {
                    await _client.SubscribeAsync(_sharePrefix + filter, MqttQualityOfServiceLevel.AtLeastOnce, stoppingToken).ConfigureAwait(false);
                }

                LogConnected(_endpoint);
                retry = FirstRetry;
                lock (_gate)
                {
                    _connected.TrySetResult();
                }

                await disconnected.Task.WaitAsync(stoppingToken).ConfigureAwait(false);
                LogDisconnected();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // The connection loop must outlive any failure of one attempt; each is logged.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogConnectFailed(ex.Message, retry.TotalSeconds);
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

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        if (_client.IsConnected)
        {
            using var goodbye = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            goodbye.CancelAfter(GoodbyeTimeout);
            try
            {
                await _client.DisconnectAsync(new MqttClientDisconnectOptions(), goodbye.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is MqttCommunicationException or OperationCanceledException or ObjectDisposedException)
            {
                // The broker went away first (embedded broker stopping in parallel) or does not answer: nothing left
                // to close; a stop neither waits longer than GoodbyeTimeout for it nor fails.
            }
        }
    }

    public override void Dispose()
    {
        _client.Dispose();
        base.Dispose();
    }

    private async Task OnMessageAsync(MqttApplicationMessageReceivedEventArgs e)
    {
        _metrics.MessageIn();
        MqttApplicationMessage m = e.ApplicationMessage;
        var message = new HubMessage(m.Topic, m.Payload.ToArray(), m.Retain);
        BusSubscription[] matching = _subscriptions.Matching(m.Topic);
        if (_stopping)
        {
            // Leave it unacknowledged: the broker keeps it in the session for the next hub.
            e.AutoAcknowledge = false;
            return;
        }

        foreach (BusSubscription subscription in matching)
        {
            try
            {
                await subscription.Handler(message).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Whatever cut the handler short during the stop, the next hub gets the message.
            catch (Exception) when (_stopping)
#pragma warning restore CA1031
            {
                // Cancelled, or cut short by the stop some other way (a store or service going away under it):
                // acknowledging would lose a message no store holds.
                e.AutoAcknowledge = false;
                return;
            }
#pragma warning disable CA1031 // A failing handler must not take the hub's connection down; it is logged.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogHandlerFailed(ex, m.Topic);
            }
        }
    }

    private async Task RemoveAsync(BusSubscription subscription)
    {
        if (_subscriptions.Remove(subscription) && _client.IsConnected && !_stopping)
        {
            await _client.UnsubscribeAsync(_sharePrefix + subscription.Filter).ConfigureAwait(false);
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    [LoggerMessage(Level = LogLevel.Information, Message = "Hub connected to the MQTT broker at {Endpoint}")]
    private partial void LogConnected(string endpoint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Hub lost its MQTT broker connection; reconnecting")]
    private partial void LogDisconnected();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Hub cannot connect to the MQTT broker ({Reason}); retrying in {Seconds} s")]
    private partial void LogConnectFailed(string reason, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "A message handler failed on {Topic}")]
    private partial void LogHandlerFailed(Exception exception, string topic);
}
