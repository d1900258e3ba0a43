using System.Net.Sockets;
using System.Text;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using Npgsql;
using WearableAI.Hub.Tests.Support;

namespace WearableAI.Hub.Tests.Cluster;

/// <summary>scripts/lib/cluster-services.sh: the real services of Cluster mode start, answer, and stop by PID.</summary>
public sealed class ClusterServicesTests
{
    [ClusterFact]
    public async Task The_broker_hands_each_shared_subscription_message_to_one_worker_and_the_database_and_redis_answer()
    {
        await using var services = new ClusterServices();
        await services.InitializeAsync();
        try
        {
            var received = new List<(int Worker, string Topic)>();
            var all = Signal.New<bool>();
            const int Messages = 6;
            IMqttClient[] workers = new IMqttClient[2];
            for (int w = 0; w < workers.Length; w++)
            {
                int worker = w;
                workers[w] = await ConnectAsync(services.MqttPort, $"worker-{w}");
                workers[w].ApplicationMessageReceivedAsync += e =>
                {
                    lock (received)
                    {
                        received.Add((worker, e.ApplicationMessage.Topic));
                        if (received.Count == Messages)
                        {
                            all.TrySetResult(true);
                        }
                    }

                    return Task.CompletedTask;
                };
                await workers[w].SubscribeAsync("$share/hubs/wai/v1/dev/+/event", MqttQualityOfServiceLevel.AtLeastOnce);
            }

            using IMqttClient watch = await ConnectAsync(services.MqttPort, "watch");
            for (int i = 0; i < Messages; i++)
            {
                await watch.PublishAsync(new MqttApplicationMessageBuilder().WithTopic($"wai/v1/dev/w{i}/event").WithPayload([1])
                    .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());
            }

            await all.Task.Within();
            Assert.Equal(Messages, received.Select(r => r.Topic).Distinct().Count());
            Assert.Equal(2, received.Select(r => r.Worker).Distinct().Count());

            await using (var connection = new NpgsqlConnection(await services.CreateDatabaseAsync()))
            {
                await connection.OpenAsync();
                await using NpgsqlCommand command = new("SELECT 40 + 2", connection);
                Assert.Equal(42, (int)(await command.ExecuteScalarAsync())!);
            }

            Assert.Equal("+PONG", await RedisAsync(services.RedisPort, "PING"));
            foreach (IMqttClient worker in workers)
            {
                worker.Dispose();
            }
        }
        finally
        {
            await services.StopAsync();
        }

        foreach ((string service, int pid) in services.Pids)
        {
            Assert.False(IsRunning(pid), $"{service} {pid} still runs after stop");
        }

        await Assert.ThrowsAsync<SocketException>(() => RedisAsync(services.RedisPort, "PING"));
    }

    private static async Task<IMqttClient> ConnectAsync(int port, string clientId)
    {
        IMqttClient client = new MqttClientFactory().CreateMqttClient();
        await client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", port)
            .WithProtocolVersion(MqttProtocolVersion.V500).WithClientId(clientId).Build());
        return client;
    }

    private static async Task<string> RedisAsync(int port, string command)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", port);
        NetworkStream stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(command + "\r\n"));
        byte[] buffer = new byte[256];
        int read = await stream.ReadAsync(buffer);
        return Encoding.ASCII.GetString(buffer, 0, read).TrimEnd();
    }

    private static bool IsRunning(int pid) => Directory.Exists($"/proc/{pid}") && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ", StringComparison.Ordinal);
}
