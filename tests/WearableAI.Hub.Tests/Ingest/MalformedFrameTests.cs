using System.Globalization;
using WearableAI.Hub.Devices;
using WearableAI.Hub.Tests.Pipeline;
using WearableAI.Hub.Tests.Support;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Tests.Ingest;

/// <summary>Bad frames are counted by reason and the hub keeps serving every device.</summary>
public sealed class MalformedFrameTests : IAsyncLifetime
{
    private HubApp _hub = null!;
    private MetricProbe _metrics = null!;

    public async Task InitializeAsync()
    {
        _hub = await PipelineHub.StartAsync();
        _metrics = new MetricProbe(_hub.Metrics.Meter);
    }

    public async Task DisposeAsync()
    {
        _metrics.Dispose();
        await _hub.DisposeAsync();
    }

    [Fact]
    public async Task Garbage_bad_crc_and_truncated_frames_are_counted_by_reason_and_another_device_still_gets_its_result()
    {
        await using Watch bad = await _hub.WatchAsync("bad-home");
        await using Watch good = await _hub.WatchAsync("good-home");
        byte[] valid = Encode(new GestureFrame { Sequence = 1, Confidence = 100, PeakMilliG = 900 });
        byte[] badCrc = (byte[])valid.Clone();
        badCrc[^1] ^= 0xFF;

        await bad.SendRawAsync("garbage that is long enough to be a frame"u8.ToArray());
        await bad.SendRawAsync(badCrc);
        await bad.SendRawAsync(valid[..^3]);
        await bad.SendRawAsync([1, 2, 3]);

        await _metrics.WaitForAsync("wai.frames.rejected{reason=BadCrc}", 1);
        await _metrics.WaitForAsync("wai.frames.rejected{reason=LengthMismatch}", 1);
        await _metrics.WaitForAsync("wai.frames.rejected{reason=TooShort}", 1);
        await _metrics.WaitForAsync("wai.frames.rejected", 4);

        await good.WakeAsync(TestKeywordModel.WakePattern());
        Assert.Equal(Verdict.Accepted, (await good.NextAsync<ResultFrame>()).Verdict);

        // The device that sent garbage is still served too.
        await bad.WakeAsync(TestKeywordModel.WakePattern());
        Assert.Equal(Verdict.Accepted, (await bad.NextAsync<ResultFrame>()).Verdict);
    }

    [Fact]
    public async Task A_QoS1_redelivery_of_a_wake_candidate_is_counted_once_and_answered_with_the_same_verdict()
    {
        await using Watch watch = await _hub.WatchAsync("dup-home");
        byte[] bytes = await watch.WakeAsync(TestKeywordModel.WakePattern());
        ResultFrame first = await watch.NextAsync<ResultFrame>();

        await watch.SendRawAsync(bytes);
        ResultFrame again = await watch.NextAsync<ResultFrame>();
        Assert.Equal((first.ReplyToSequence, first.Verdict, first.Arbitration), (again.ReplyToSequence, again.Verdict, again.Arbitration));
        await _metrics.WaitForAsync("wai.hub.frames.duplicates", 1);
        await watch.WakeAsync(TestKeywordModel.Silence());

        Assert.Equal(Verdict.Rejected, (await watch.NextAsync<ResultFrame>()).Verdict); // the next result answers the new frame, not the copy
        Assert.Equal(2, _metrics.Total("wai.hub.events.received{kind=WakeCandidate}"));
    }

    [Fact]
    public async Task mosquitto_pub_sending_garbage_is_counted_and_the_hub_stays_up()
    {
        ProvisionedDevice device = await _hub.ProvisionAsync("mosquitto watch", "mq-home");
        (int exitCode, ChildProcess pub) = await ChildProcess.RunAsync("mosquitto_pub",
        [
            "-h", "127.0.0.1", "-p", device.MqttPort.ToString(CultureInfo.InvariantCulture), "-u", device.Id, "-P", device.Secret, "-i", device.Id,
            "-q", "1", "-t", HubTopics.Event(device.Id), "-m", "not a frame at all",
        ]);
        await using (pub)
        {
            Assert.True(exitCode == 0, pub.Errors);
        }

        await _metrics.WaitForAsync("wai.frames.rejected{reason=TooShort}", 1);
        using HttpClient http = _hub.CreateClient();
        Assert.True((await http.GetAsync("/health/live")).IsSuccessStatusCode);
        await using Watch other = await _hub.WatchAsync("mq-other");
        await other.WakeAsync(TestKeywordModel.WakePattern());
        Assert.Equal(Verdict.Accepted, (await other.NextAsync<ResultFrame>()).Verdict);
    }

    private static byte[] Encode(Frame frame)
    {
        byte[] bytes = new byte[FrameCodec.GetEncodedLength(frame)];
        FrameCodec.Encode(frame, bytes, 0);
        return bytes;
    }
}
