using System.Buffers;
using System.Net;
using System.Net.Sockets;
using MQTTnet;
using MQTTnet.Protocol;
using MQTTnet.Server;
using WearableAI.Firmware.Host.Signals;
using WearableAI.Firmware.Host.Watching;
using WearableAI.Firmware.Tests.Support;
using WearableAI.Shared.Audio;
using WearableAI.Shared.Models;
using WearableAI.Shared.Protocol;

namespace WearableAI.Firmware.Tests.Watching;

public sealed class HostWatchBrokerTests : IDisposable
{
    private readonly string _wav = Path.Combine(Path.GetTempPath(), $"wai-watch-{Guid.NewGuid():N}.wav");

    [Fact]
    public async Task A_host_watch_hearing_a_triggering_signal_publishes_a_wake_candidate_through_a_real_broker()
    {
        int port = FreePort();
        using MqttServer server = new MqttServerFactory().CreateMqttServer(new MqttServerOptionsBuilder().WithDefaultEndpoint().WithDefaultEndpointPort(port).Build());
        await server.StartAsync();
        using IMqttClient hub = new MqttClientFactory().CreateMqttClient();
        TaskCompletionSource<WakeCandidateFrame> received = new(TaskCreationOptions.RunContinuationsAsynchronously);
        TaskCompletionSource<bool> statusRetained = new(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.ApplicationMessageReceivedAsync += e =>
        {
            byte[] payload = e.ApplicationMessage.Payload.ToArray();
            if (FrameCodec.Decode(payload, 0, payload.Length, out Frame? frame) == FrameError.None)
            {
                if (frame is WakeCandidateFrame wake && e.ApplicationMessage.Topic == "wai/v1/dev/watch-7/event")
                {
                    received.TrySetResult(wake);
                }

                if (frame is StatusFrame { Online: true } && e.ApplicationMessage.Topic == "wai/v1/dev/watch-7/status")
                {
                    statusRetained.TrySetResult(true);
                }
            }

            return Task.CompletedTask;
        };
        await hub.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", port).WithClientId("hub").Build());
        await hub.SubscribeAsync("wai/v1/dev/+/event", MqttQualityOfServiceLevel.AtLeastOnce);
        await hub.SubscribeAsync("wai/v1/dev/+/status", MqttQualityOfServiceLevel.AtLeastOnce);

        short[] pcm = SpeechLikeSignal.Concat(SpeechLikeSignal.Noise(0.5, 1), SpeechLikeSignal.Speech(1.5, 1));
        await File.WriteAllBytesAsync(_wav, PcmWav.Write(pcm, 0, pcm.Length, 16000));
        HostWatchOptions options = new()
        {
            Broker = new Uri($"mqtt://127.0.0.1:{port}"), DeviceId = "watch-7", Secret = "s3cret",
            WavFiles = [_wav], ModelBlob = ModelBlobWriter.Write(TestWatch.AlwaysFiring()),
        };
        using HostWatch watch = new(options);
        using CancellationTokenSource stop = new(TimeSpan.FromSeconds(30));
        Task running = watch.RunAsync(stop.Token);

        WakeCandidateFrame candidate = await received.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await statusRetained.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await stop.CancelAsync();
        await running;

        Assert.Equal(48, candidate.FrameCount);
        Assert.Equal(32, candidate.BandCount);
        await server.StopAsync(new MqttServerStopOptions());
    }

    public void Dispose() => File.Delete(_wav);

    private static int FreePort()
    {
        using TcpListener listener = new(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
