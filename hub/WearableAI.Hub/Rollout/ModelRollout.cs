using System.Globalization;
using Microsoft.Extensions.Options;
using WearableAI.Hub.Broker;
using WearableAI.Hub.Observability;
using WearableAI.Hub.ResultDelivery;
using WearableAI.Hub.Storage;
using WearableAI.Hub.Timeline;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Rollout;

/// <summary>
/// Pushes the watch model blob (<see cref="WatchBlob"/>) to the devices of a group that report an older
/// model version. Stop-and-wait: one ModelChunk (≤ <see cref="RolloutOptions.ChunkSize"/> bytes) on
/// <c>dev/&lt;id&gt;/model</c>, the next when the ModelAck names its offset. Progress (the ack's next
/// offset) is stored per device, so after a reconnect (the device's Hello) it resumes there. With a
/// canary, one device gets it first; the rest are held until the canary acknowledges Installed, and
/// cancelled if it rejects the model.
/// </summary>
public sealed class ModelRollout(
    WatchBlob watchBlob,
    RolloutStore store,
    DeviceStore devices,
    IHubBus bus,
    HubSequences sequences,
    PipelineMetrics metrics,
    TimelineFeed timeline,
    IOptions<RolloutOptions> options,
    TimeProvider clock)
{
    private readonly Dictionary<uint, byte[]> _blobs = [];
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Starts a rollout to a group; throws <see cref="InvalidOperationException"/> with a user-facing text when it cannot.</summary>
    public async Task<RolloutRecord> StartAsync(StartRolloutRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        (byte[]? bytes, uint version, uint crc, string? error) = watchBlob.Load();
        if (bytes is null)
        {
            throw new InvalidOperationException(error);
        }

        IReadOnlyList<DeviceRecord> all = await devices.ListAsync(cancellationToken).ConfigureAwait(false);
        List<DeviceRecord> members = all.Where(d => d.Group == request.Group).ToList();
        if (members.Count == 0)
        {
            throw new InvalidOperationException($"group '{request.Group}' has no devices");
        }

        List<DeviceRecord> behind = members.Where(d => !uint.TryParse(d.ModelVersion, CultureInfo.InvariantCulture, out uint v) || v < version).ToList();
        string? canary = null;
        if (request.Canary || request.CanaryDevice is not null)
        {
            canary = request.CanaryDevice ?? (behind.FirstOrDefault(d => d.Online) ?? behind.FirstOrDefault())?.Id;
            if (canary is not null && behind.All(d => d.Id != canary))
            {
                throw new InvalidOperationException($"canary '{canary}' is not a device of group '{request.Group}' behind model version {version}");
            }
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _blobs[version] = bytes;
        }
        finally
        {
            _gate.Release();
        }

        var plan = behind.Select(d => (d.Id, canary is null || d.Id == canary ? "sending" : "held")).ToList();
        long id = await store.CreateAsync(request.Group!, version, bytes.Length, crc, canary, plan, cancellationToken).ConfigureAwait(false);
        timeline.Publish(TimelineKind.ModelRollout, null, request.Group,
            $"rollout of watch model {version} to {plan.Count} device(s) of '{request.Group}'" + (canary is null ? "" : $", canary {canary} first"),
            new { rolloutId = id, modelVersion = version, size = bytes.Length, canary, devices = plan.Select(p => p.Id) });
        foreach (DeviceRolloutRecord entry in await store.DevicesOfAsync(id, cancellationToken).ConfigureAwait(false))
        {
            if (entry.State == "sending" && members.First(m => m.Id == entry.DeviceId).Online)
            {
                await SendChunkAsync(entry, entry.NextOffset, crc, cancellationToken).ConfigureAwait(false);
            }
        }

        if (plan.Count == 0)
        {
            await store.SetStateAsync(id, "done", cancellationToken).ConfigureAwait(false);
        }

        return (await store.ListAsync(cancellationToken).ConfigureAwait(false)).First(r => r.Id == id);
    }

    /// <summary>A device said hello: resume its rollout at the stored offset, or mark it installed if it already runs the version.</summary>
    public async Task OnHelloAsync(string deviceId, uint modelVersion, CancellationToken cancellationToken)
    {
        foreach (DeviceRolloutRecord entry in await store.ActiveForDeviceAsync(deviceId, cancellationToken).ConfigureAwait(false))
        {
            if (entry.State != "sending")
            {
                continue;
            }

            if (modelVersion >= entry.ModelVersion)
            {
                await InstalledAsync(entry, cancellationToken).ConfigureAwait(false);
                continue;
            }

            (_, uint crc) = await store.InfoAsync(entry.RolloutId, cancellationToken).ConfigureAwait(false);
            await SendChunkAsync(entry, entry.NextOffset, crc, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A device acknowledged a chunk, the install, or refused the model.</summary>
    public async Task OnAckAsync(string deviceId, ModelAckFrame ack, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ack);
        DeviceRolloutRecord? entry = (await store.ActiveForDeviceAsync(deviceId, cancellationToken).ConfigureAwait(false))
            .FirstOrDefault(e => e.ModelVersion == ack.ModelVersion && e.State == "sending");
        if (entry is null)
        {
            return;
        }

        switch (ack.Status)
        {
            case ModelAckStatus.ChunkOk or ModelAckStatus.OutOfOrder:
                int next = (int)Math.Min(ack.NextOffset, (uint)entry.BlobSize);
                await store.UpdateDeviceAsync(entry.RolloutId, deviceId, "sending", next, null, cancellationToken).ConfigureAwait(false);
                if (Quarter(entry.NextOffset, entry.BlobSize) != Quarter(next, entry.BlobSize))
                {
                    timeline.Publish(TimelineKind.ModelRollout, deviceId, null, $"model {entry.ModelVersion}: {next * 100 / entry.BlobSize} % sent",
                        new { rolloutId = entry.RolloutId, nextOffset = next, size = entry.BlobSize });
                }

                if (next < entry.BlobSize)
                {
                    (_, uint crc) = await store.InfoAsync(entry.RolloutId, cancellationToken).ConfigureAwait(false);
                    await SendChunkAsync(entry, next, crc, cancellationToken).ConfigureAwait(false);
                }

                break;
            case ModelAckStatus.Installed:
                await InstalledAsync(entry, cancellationToken).ConfigureAwait(false);
                break;
            default:
                await FailedAsync(entry, ack.Status.ToString(), cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private static int Quarter(int offset, int size) => size == 0 ? 4 : offset * 4 / size;

    private async Task InstalledAsync(DeviceRolloutRecord entry, CancellationToken cancellationToken)
    {
        await store.UpdateDeviceAsync(entry.RolloutId, entry.DeviceId, "installed", entry.BlobSize, null, cancellationToken).ConfigureAwait(false);
        timeline.Publish(TimelineKind.ModelRollout, entry.DeviceId, null, $"model {entry.ModelVersion} installed", new { rolloutId = entry.RolloutId, modelVersion = entry.ModelVersion, state = "installed" });
        (string? canary, uint crc) = await store.InfoAsync(entry.RolloutId, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<DeviceRolloutRecord> all = await store.DevicesOfAsync(entry.RolloutId, cancellationToken).ConfigureAwait(false);
        if (canary == entry.DeviceId)
        {
            IReadOnlyList<DeviceRecord> known = await devices.ListAsync(cancellationToken).ConfigureAwait(false);
            foreach (DeviceRolloutRecord held in all.Where(d => d.State == "held"))
            {
                await store.UpdateDeviceAsync(held.RolloutId, held.DeviceId, "sending", 0, null, cancellationToken).ConfigureAwait(false);
                if (known.Any(d => d.Id == held.DeviceId && d.Online))
                {
                    await SendChunkAsync(held, 0, crc, cancellationToken).ConfigureAwait(false);
                }
            }

            all = await store.DevicesOfAsync(entry.RolloutId, cancellationToken).ConfigureAwait(false);
        }

        if (all.All(d => d.State is "installed" or "failed" or "cancelled"))
        {
            await store.SetStateAsync(entry.RolloutId, "done", cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task FailedAsync(DeviceRolloutRecord entry, string reason, CancellationToken cancellationToken)
    {
        await store.UpdateDeviceAsync(entry.RolloutId, entry.DeviceId, "failed", entry.NextOffset, reason, cancellationToken).ConfigureAwait(false);
        timeline.Publish(TimelineKind.ModelRollout, entry.DeviceId, null, $"model {entry.ModelVersion} refused: {reason}", new { rolloutId = entry.RolloutId, state = "failed", reason });
        (string? canary, _) = await store.InfoAsync(entry.RolloutId, cancellationToken).ConfigureAwait(false);
        if (canary == entry.DeviceId)
        {
            foreach (DeviceRolloutRecord held in (await store.DevicesOfAsync(entry.RolloutId, cancellationToken).ConfigureAwait(false)).Where(d => d.State == "held"))
            {
                await store.UpdateDeviceAsync(held.RolloutId, held.DeviceId, "cancelled", 0, $"canary {canary} refused the model", cancellationToken).ConfigureAwait(false);
            }

            await store.SetStateAsync(entry.RolloutId, "halted", cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task SendChunkAsync(DeviceRolloutRecord entry, int offset, uint crc, CancellationToken cancellationToken)
    {
        byte[]? blob = await BlobAsync(entry.ModelVersion, cancellationToken).ConfigureAwait(false);
        if (blob is null)
        {
            await FailedAsync(entry, "the blob of this version is no longer on offer", cancellationToken).ConfigureAwait(false);
            return;
        }

        var frame = new ModelChunkFrame
        {
            Sequence = sequences.Next(entry.DeviceId),
            TimestampMs = clock.GetUtcNow().ToUnixTimeMilliseconds(),
            ModelVersion = entry.ModelVersion,
            TotalSize = (uint)blob.Length,
            Offset = (uint)offset,
            BlobCrc = crc,
            Data = blob,
            DataOffset = offset,
            DataLength = Math.Min(options.Value.ChunkSize, blob.Length - offset),
        };
        await bus.PublishAsync(HubTopics.Model(entry.DeviceId), FrameCodec.ToArray(frame), cancellationToken: cancellationToken).ConfigureAwait(false);
        metrics.ChunkSent();
    }

    private async Task<byte[]?> BlobAsync(uint version, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_blobs.TryGetValue(version, out byte[]? blob))
            {
                (byte[]? bytes, uint loaded, _, _) = watchBlob.Load();
                if (bytes is not null && loaded == version)
                {
                    _blobs[version] = blob = bytes;
                }
            }

            return blob;
        }
        finally
        {
            _gate.Release();
        }
    }
}
