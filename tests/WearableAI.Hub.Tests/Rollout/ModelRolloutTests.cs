using System.Net;
using System.Net.Http.Json;
using WearableAI.Hub.Rollout;
using WearableAI.Hub.Tests.Pipeline;
using WearableAI.Hub.Tests.Support;
using WearableAI.Hub.Timeline;

namespace WearableAI.Hub.Tests.Rollout;

/// <summary>Watch model rollout over MQTT with simulated watches answering acks.</summary>
public sealed class ModelRolloutTests : IAsyncLifetime
{
    private const uint Version = 7;
    private readonly string _blobPath = Path.Combine(Directory.CreateTempSubdirectory("wai-blob-").FullName, "watch.wai");
    private HubApp _hub = null!;

    public async Task InitializeAsync()
    {
        await File.WriteAllBytesAsync(_blobPath, SimulatedInstaller.Blob(Version));
        _hub = await PipelineHub.StartAsync(new() { ["Hub:Rollout:BlobPath"] = _blobPath, ["Hub:Rollout:ChunkSize"] = "64" });
    }

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task A_device_behind_gets_the_blob_in_chunks_and_installs_it()
    {
        await using Watch watch = await _hub.WatchAsync("fleet");
        await TimelineWait.HelloAllAsync(_hub, watch);
        var installer = new SimulatedInstaller(watch);
        Task installing = installer.RunAsync();
        Task<TimelineEntry> installed = TimelineWait.ForAsync(_hub, e => e.Kind == TimelineKind.ModelRollout && e.Summary.Contains("installed", StringComparison.Ordinal));

        using HttpClient http = _hub.CreateClient();
        using HttpResponseMessage started = await http.PostAsJsonAsync("/api/rollouts", new StartRolloutRequest("fleet"));
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        await installing.Within();
        await installed;

        Assert.Equal(Version, installer.InstalledVersion);
        Assert.True(installer.Offsets.Count > 2);
        List<DeviceRolloutRecord>? state = await http.GetFromJsonAsync<List<DeviceRolloutRecord>>($"/api/devices/{watch.Id}/rollout");
        Assert.Equal("installed", Assert.Single(state!).State);
    }

    [Fact]
    public async Task A_rollout_interrupted_mid_way_resumes_from_the_last_acknowledged_offset()
    {
        await using Watch watch = await _hub.WatchAsync("resume");
        await TimelineWait.HelloAllAsync(_hub, watch);
        var first = new SimulatedInstaller(watch);
        Task partly = first.RunAsync(chunkLimit: 3);
        using HttpClient http = _hub.CreateClient();
        (await http.PostAsJsonAsync("/api/rollouts", new StartRolloutRequest("resume"))).EnsureSuccessStatusCode();
        await partly.Within();
        await watch.DisconnectAsync(); // the fourth chunk (sent after the third ack) is lost with the session

        await watch.ConnectAsync();
        Task<TimelineEntry> installed = TimelineWait.ForAsync(_hub, e => e.Kind == TimelineKind.ModelRollout && e.DeviceId == watch.Id && e.Summary.Contains("installed", StringComparison.Ordinal));
        var resumed = new ResumingInstaller(watch, first);
        await watch.HelloAsync(modelVersion: 1);
        await resumed.RunAsync().Within();
        await installed;

        Assert.Equal(192u, resumed.FirstOffset); // 3 chunks of 64 bytes were acknowledged before the drop
        Assert.Equal(Version, resumed.InstalledVersion);
    }

    [Fact]
    public async Task A_canary_rollout_updates_one_device_first_and_the_rest_after_it_installed()
    {
        await using Watch canary = await _hub.WatchAsync("canary-grp");
        await using Watch rest = await _hub.WatchAsync("canary-grp");
        await TimelineWait.HelloAllAsync(_hub, canary, rest);
        var canaryInstaller = new SimulatedInstaller(canary);
        Task canaryDone = canaryInstaller.RunAsync();

        // The installer notes its installed version before it sends the Installed ack, so when the rest's first
        // chunk arrives the canary must already show it (recording "canary installed" after the ack had gone out
        // raced with the hub's next chunk).
        Task<uint> canaryVersionAtRestFirstChunk = rest.NextAsync<WearableAI.Shared.Protocol.ModelChunkFrame>().ContinueWith(_ => canaryInstaller.InstalledVersion, TaskScheduler.Default);

        using HttpClient http = _hub.CreateClient();
        using HttpResponseMessage response = await http.PostAsJsonAsync("/api/rollouts", new StartRolloutRequest("canary-grp", CanaryDevice: canary.Id));
        RolloutRecord? started = await response.Content.ReadFromJsonAsync<RolloutRecord>();
        Assert.Equal("held", started!.Devices.Single(d => d.DeviceId == rest.Id).State);
        await canaryDone.Within();
        uint canaryVersion = await canaryVersionAtRestFirstChunk.Within();

        Assert.NotEqual(0u, canaryInstaller.InstalledVersion);
        Assert.Equal(canaryInstaller.InstalledVersion, canaryVersion); // the rest got nothing before the canary had installed
    }

    [Fact]
    public async Task A_missing_blob_is_refused_with_a_clear_message()
    {
        File.Delete(_blobPath);
        await _hub.ProvisionAsync("x", "no-blob");
        using HttpClient http = _hub.CreateClient();
        using HttpResponseMessage response = await http.PostAsJsonAsync("/api/rollouts", new StartRolloutRequest("no-blob"));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("no watch model blob", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Continues an installer's stored bytes after a reconnect and records where the hub resumed.</summary>
    private sealed class ResumingInstaller(Watch watch, SimulatedInstaller before)
    {
        public uint FirstOffset { get; private set; } = uint.MaxValue;

        public uint InstalledVersion { get; private set; }

        public async Task RunAsync()
        {
            var stored = new List<byte>(SimulatedInstaller.Blob(Version).Take(before.Offsets.Count * 64));
            while (true)
            {
                var chunk = await watch.NextAsync<WearableAI.Shared.Protocol.ModelChunkFrame>();
                FirstOffset = Math.Min(FirstOffset, chunk.Offset);
                if (chunk.Offset == stored.Count)
                {
                    stored.AddRange(chunk.Data.AsSpan(chunk.DataOffset, chunk.DataLength).ToArray());
                }

                bool done = stored.Count == chunk.TotalSize;
                await watch.SendAsync(new WearableAI.Shared.Protocol.ModelAckFrame
                {
                    ModelVersion = chunk.ModelVersion,
                    Status = done ? WearableAI.Shared.Protocol.ModelAckStatus.Installed : WearableAI.Shared.Protocol.ModelAckStatus.ChunkOk,
                    NextOffset = (uint)stored.Count,
                });
                if (done)
                {
                    InstalledVersion = chunk.ModelVersion;
                    return;
                }
            }
        }
    }
}
