using System.Globalization;
using WearableAI.Hub.Devices;
using WearableAI.Hub.Tests.Support;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Tests.Pipeline;

/// <summary>The whole frame pipeline with the hub in External mode, through a real Mosquitto.</summary>
public sealed class MosquittoPipelineTests
{
    [Fact]
    public async Task A_watch_gets_its_verdict_and_command_label_through_Mosquitto_while_garbage_is_counted_by_reason()
    {
        int port = FreePort.Next();
        Dictionary<string, string?> settings = Mosquitto.ExternalSettings(port);
        settings["Hub:Inference:ModelsFolder"] = TestKeywordModel.CreateFolder();
        await using var hub = new HubApp(settings);
        using var metrics = new MetricProbe(hub.Metrics.Meter);
        ProvisionedDevice device = await hub.ProvisionAsync("watch", "kitchen");
        ProvisionedDevice noisy = await hub.ProvisionAsync("noisy", "garage");
        await using ChildProcess mosquitto = await Mosquitto.StartAsync(hub);
        await hub.StartAsync();
        await using Watch watch = await new Watch(device, port).ConnectAsync(cleanSession: false);

        await watch.WakeAsync(TestKeywordModel.WakePattern());
        uint wake = watch.LastSequence;
        ResultFrame verdict = await watch.NextAsync<ResultFrame>();
        Assert.Equal((Verdict.Accepted, ArbitrationOutcome.Solo, wake), (verdict.Verdict, verdict.Arbitration, verdict.ReplyToSequence));

        // Another device of the same broker sends garbage with the stock Mosquitto client (its own credentials:
        // Mosquitto uses the user name as client id, so borrowing the watch's would disconnect it).
        string[] login = ["-h", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture), "-i", noisy.Id, "-u", noisy.Id, "-P", noisy.Secret, "-q", "1", "-t", HubTopics.Event(noisy.Id)];
        Assert.Equal(0, (await ChildProcess.RunAsync("mosquitto_pub", [.. login, "-m", "hi"])).ExitCode);
        Assert.Equal(0, (await ChildProcess.RunAsync("mosquitto_pub", [.. login, "-m", "garbage that is long enough to be a frame"])).ExitCode);
        await metrics.WaitForAsync("wai.frames.rejected{reason=TooShort}", 1);
        await metrics.WaitForAsync("wai.frames.rejected", 2);

        await watch.CommandAsync(wake, TestKeywordModel.StopPattern());
        ResultFrame command = await watch.NextAsync<ResultFrame>();
        Assert.Equal(("stop", Verdict.Accepted, watch.LastSequence), (command.Label, command.Verdict, command.ReplyToSequence));
    }
}
