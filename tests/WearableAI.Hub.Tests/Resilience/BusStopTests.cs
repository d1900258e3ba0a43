using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WearableAI.Hub.Cluster;
using WearableAI.Hub.Broker;
using WearableAI.Hub.Observability;
using WearableAI.Hub.Security;
using WearableAI.Hub.Tests.Support;

namespace WearableAI.Hub.Tests.Resilience;

/// <summary>
/// The hub's bus during a stop, against a real Mosquitto: a message whose handler the stop cuts short is left
/// unacknowledged, so the broker hands it to the next hub instead of losing it — whatever the handler threw. (Only a
/// cancellation was left unacknowledged before; any other failure during the stop was acknowledged, the one path
/// found by which a hub restart lost a watch event in CI.)
/// </summary>
public sealed class BusStopTests
{
    private const string Topic = "wai/test/stop";

    [Fact]
    public async Task A_message_whose_handler_the_stop_cuts_short_goes_to_the_next_hub()
    {
        int port = FreePort.Next();
        await using ChildProcess mosquitto = ChildProcess.Start("mosquitto", "-p", Port(port));
        using ServiceProvider services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var metrics = new HubMetrics(services.GetRequiredService<IMeterFactory>());
        using var probe = new MetricProbe(metrics.Meter);
        IOptions<BrokerOptions> options = Options.Create(new BrokerOptions { Mode = BrokerMode.External, ExternalUrl = $"mqtt://127.0.0.1:{port}", Username = "hub", Password = "unused" });

        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cutShort = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (var first = new MqttHubBus(options, Options.Create(new ClusterOptions()), new HubCredential(), metrics, NullLogger<MqttHubBus>.Instance))
        {
            await using IAsyncDisposable subscription = await first.SubscribeAsync(Topic, async _ =>
            {
                arrived.TrySetResult();
                await cutShort.Task;
                throw new InvalidOperationException("the store went away during the stop");
            });
            await StartAsync(first);
            await PublishAsync(port, "cut short");
            await arrived.Task.Within();
            await PublishAsync(port, "arrives during the stop"); // received only once the first one's handling ended

            await first.StoppingAsync(CancellationToken.None); // the host begins to stop while the handler runs
            cutShort.SetResult();
            await probe.WaitForAsync("wai.hub.messages.in", 2).Within(); // the first message's handling (and any acknowledgement) is over
            await first.StopAsync(CancellationToken.None);
        }

        var redelivered = new List<string>();
        var both = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var second = new MqttHubBus(options, Options.Create(new ClusterOptions()), new HubCredential(), metrics, NullLogger<MqttHubBus>.Instance);
        await using IAsyncDisposable again = await second.SubscribeAsync(Topic, m =>
        {
            lock (redelivered)
            {
                redelivered.Add(System.Text.Encoding.UTF8.GetString(m.Payload.Span));
                if (redelivered.Count == 2)
                {
                    both.TrySetResult();
                }
            }

            return Task.CompletedTask;
        });
        await StartAsync(second);

        await both.Task.Within();
        Assert.Equal(["cut short", "arrives during the stop"], redelivered);
        await second.StoppingAsync(CancellationToken.None);
        await second.StopAsync(CancellationToken.None);
    }

    private static async Task PublishAsync(int port, string text)
    {
        (int exitCode, ChildProcess pub) = await ChildProcess.RunAsync("mosquitto_pub", "-p", Port(port), "-q", "1", "-t", Topic, "-m", text);
        await using (pub)
        {
            Assert.True(exitCode == 0, pub.Errors);
        }
    }

    private static string Port(int port) => port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>As the host starts it: start, then "every hosted service started", then wait for the connection.</summary>
    private static async Task StartAsync(MqttHubBus bus)
    {
        await bus.StartAsync(CancellationToken.None);
        await bus.StartedAsync(CancellationToken.None);
        await bus.WaitUntilConnectedAsync(CancellationToken.None).Within();
    }
}
