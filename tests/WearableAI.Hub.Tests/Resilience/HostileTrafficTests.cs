using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using WearableAI.Hub.Devices;
using WearableAI.Hub.Tests.Pipeline;
using WearableAI.Hub.Tests.Support;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Tests.Resilience;

/// <summary>
/// Raw MQTT clients misbehave against the hub (Debian's <c>mosquitto_pub</c> and MQTT.js): garbage, oversized
/// payloads, another device's topic, topics outside the contract, a frame on the wrong channel, a flood. The hub
/// stays up, counts every reject by reason (/metrics and /api/system), and a well-behaved watch is answered
/// during the flood and after it.
/// </summary>
public sealed partial class HostileTrafficTests
{
    [Fact]
    public async Task Hostile_raw_clients_are_counted_by_reason_while_a_well_behaved_watch_keeps_getting_its_verdicts()
    {
        await using HubApp hub = await PipelineHub.StartAsync();
        using var metrics = new MetricProbe(hub.Metrics.Meter);
        await using Watch calm = await hub.WatchAsync("living-room");
        await TimelineWait.HelloAllAsync(hub, calm);
        ProvisionedDevice hostile = await hub.ProvisionAsync("hostile", "garage");
        int port = hub.MqttPort;

        // Debian's mosquitto_pub, MQTT 3.1.1 (a refused publish is silently dropped by the broker, and counted).
        string oversized = Path.Combine(hub.DataFolder, "oversized.bin");
        await File.WriteAllBytesAsync(oversized, new byte[100_000]);
        string heartbeat = Path.Combine(hub.DataFolder, "heartbeat.bin");
        await File.WriteAllBytesAsync(heartbeat, Encode(new HeartbeatFrame { Sequence = 1, UptimeSeconds = 5, BatteryPercent = 50, FreeMemoryBytes = 1000 }));
        await MosquittoPubAsync(port, hostile, HubTopics.Event(hostile.Id), "-m", "hi");
        await MosquittoPubAsync(port, hostile, HubTopics.Event(hostile.Id), "-m", "garbage that is long enough to be a frame");
        await MosquittoPubAsync(port, hostile, HubTopics.Event(hostile.Id), "-f", oversized);
        await MosquittoPubAsync(port, hostile, HubTopics.Status(hostile.Id), "-f", heartbeat);
        await MosquittoPubAsync(port, hostile, HubTopics.Event(calm.Id), "-f", heartbeat);
        await MosquittoPubAsync(port, hostile, $"wai/v1/dev/{hostile.Id}/debug", "-m", "x");

        // MQTT.js, MQTT 5 (a refused publish comes back as PUBACK reason 135, not authorised).
        string garbage = await MqttJs.RunAsync(port, hostile.Id, hostile.Secret, "garbage", 20);
        Assert.Contains("\"acknowledged\":20", garbage, StringComparison.Ordinal);
        await MqttJs.RunAsync(port, hostile.Id, hostile.Secret, "oversized");
        Assert.Contains("\"refused\":10,\"reasons\":{\"135\":10}", await MqttJs.RunAsync(port, hostile.Id, hostile.Secret, "foreign", 10, calm.Id), StringComparison.Ordinal);
        Assert.Contains("\"refused\":8", await MqttJs.RunAsync(port, hostile.Id, hostile.Secret, "unknown", 8), StringComparison.Ordinal);

        await metrics.WaitForAsync("wai.frames.rejected{reason=TooShort}", 1);
        await metrics.WaitForAsync("wai.frames.rejected{reason=BadVersion}", 1);
        await metrics.WaitForAsync("wai.frames.rejected{reason=TooLarge}", 2);
        await metrics.WaitForAsync("wai.frames.rejected{reason=WrongChannel}", 1);
        await metrics.WaitForAsync("wai.frames.rejected", 1 + 1 + 2 + 1 + 20);
        Assert.Equal(2 + 10 + 8, await metrics.WaitForAsync("wai.hub.mqtt.permission_violations{action=publish}", 2 + 10 + 8));

        // A flood of valid frames from the hostile device: it is throttled, the calm watch is answered meanwhile.
        await using ChildProcess flood = await MqttJs.StartAsync(port, hostile.Id, hostile.Secret, "flood");
        await flood.WaitForLineAsync("flooding");
        await metrics.WaitForAsync("wai.hub.frames.rate_limited", 100);
        await calm.WakeAsync(TestKeywordModel.WakePattern());
        Assert.Equal((Verdict.Accepted, calm.LastSequence), await VerdictAsync(calm));
        Assert.False(flood.HasExited, "the flood was still running when the calm watch got its verdict");
        await flood.StopAsync();

        await calm.WakeAsync(TestKeywordModel.WakePattern());
        Assert.Equal((Verdict.Accepted, calm.LastSequence), await VerdictAsync(calm));

        // What an operator sees: the hub is up and every reject is counted by reason.
        using HttpClient http = hub.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live")).StatusCode);
        string prometheus = await http.GetStringAsync("/metrics");
        Assert.True(Counter(prometheus, "wai_frames_rejected_total", "reason=\"TooLarge\"") >= 2, prometheus);
        Assert.True(Counter(prometheus, "wai_hub_frames_rate_limited_total", "") >= 100, prometheus);
        Assert.True(Counter(prometheus, "wai_hub_mqtt_permission_violations_total", "action=\"publish\"") >= 20, prometheus);
        SystemRejects system = (await http.GetFromJsonAsync<SystemRejects>("/api/system"))!;
        Assert.True(system.Rejects["RateLimit"] >= 100 && system.Rejects["TooShort"] >= 1 && system.Rejects["WrongChannel"] == 1, string.Join(", ", system.Rejects));

        // Nothing the hostile device sent on the calm watch's topic was taken for the calm watch's.
        Assert.Empty(await http.GetFromJsonAsync<List<object>>($"/api/events?device={calm.Id}&kind=Heartbeat") ?? []);
    }

    private sealed record SystemRejects(Dictionary<string, long> Rejects);

    private static async Task<(Verdict, uint)> VerdictAsync(Watch watch)
    {
        ResultFrame result = await watch.NextAsync<ResultFrame>();
        return (result.Verdict, result.ReplyToSequence);
    }

    private static async Task MosquittoPubAsync(int port, ProvisionedDevice device, string topic, params string[] message)
    {
        string[] arguments = ["-h", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture), "-i", device.Id, "-u", device.Id, "-P", device.Secret, "-q", "1", "-t", topic, .. message];
        (int exit, ChildProcess process) = await ChildProcess.RunAsync("mosquitto_pub", arguments);
        await process.DisposeAsync();
        Assert.Equal(0, exit);
    }

    private static byte[] Encode(Frame frame)
    {
        byte[] bytes = new byte[FrameCodec.GetEncodedLength(frame)];
        FrameCodec.Encode(frame, bytes, 0);
        return bytes;
    }

    /// <summary>The value of a Prometheus counter whose labels include <paramref name="label"/> (summed over the other labels).</summary>
    private static long Counter(string prometheus, string name, string label) =>
        PrometheusLine().Matches(prometheus)
            .Where(m => m.Groups["name"].Value == name && m.Groups["labels"].Value.Contains(label, StringComparison.Ordinal))
            .Sum(m => (long)double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"^(?<name>[a-z_]+)(\{(?<labels>[^}]*)\})? (?<value>[0-9.e+]+)", RegexOptions.Multiline)]
    private static partial Regex PrometheusLine();
}
