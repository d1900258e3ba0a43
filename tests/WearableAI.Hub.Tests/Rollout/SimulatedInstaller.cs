using WearableAI.Hub.Tests.Pipeline;
using WearableAI.Shared.Common;
using WearableAI.Shared.Inference;
using WearableAI.Shared.Models;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Tests.Rollout;

/// <summary>The watch side of a rollout: stores chunks in order, acknowledges each, checks the CRC, installs.</summary>
public sealed class SimulatedInstaller(Watch watch)
{
    private readonly List<byte> _stored = [];

    /// <summary>Offsets of the chunks received, in order.</summary>
    public List<uint> Offsets { get; } = [];

    public uint InstalledVersion { get; private set; }

    /// <summary>Runs until installed, or until <paramref name="chunkLimit"/> chunks were acknowledged.</summary>
    public async Task RunAsync(int chunkLimit = int.MaxValue)
    {
        for (int acked = 0; acked < chunkLimit;)
        {
            ModelChunkFrame chunk = await watch.NextAsync<ModelChunkFrame>();
            Offsets.Add(chunk.Offset);
            if (chunk.Offset == _stored.Count)
            {
                _stored.AddRange(chunk.Data.AsSpan(chunk.DataOffset, chunk.DataLength).ToArray());
            }

            acked++;
            if (_stored.Count < chunk.TotalSize)
            {
                await watch.SendAsync(new ModelAckFrame { ModelVersion = chunk.ModelVersion, Status = ModelAckStatus.ChunkOk, NextOffset = (uint)_stored.Count });
                continue;
            }

            byte[] blob = [.. _stored];
            bool good = Crc32.Compute(blob, 0, blob.Length) == chunk.BlobCrc && ModelBlobLoader.Load(blob).IsValid;
            InstalledVersion = good ? chunk.ModelVersion : 0;
            await watch.SendAsync(new ModelAckFrame
            {
                ModelVersion = chunk.ModelVersion, Status = good ? ModelAckStatus.Installed : ModelAckStatus.RejectedCrc, NextOffset = (uint)blob.Length,
            });
            return;
        }
    }

    /// <summary>A small valid watch model blob (one dense layer, 32 bands → 3 labels).</summary>
    public static byte[] Blob(uint version)
    {
        var layer = new QuantizedLayer
        {
            Kind = LayerKind.Dense, InChannels = 32, OutChannels = 3, KernelSize = 1, Stride = 1, Dilation = 1,
            Weights = Enumerable.Range(0, 96).Select(i => (sbyte)((i * 37 % 255) - 127)).ToArray(),
            Bias = [10, -10, 0], Multipliers = [Requantizer.MinMultiplier, Requantizer.MinMultiplier, Requantizer.MinMultiplier], Shifts = [8, 8, 8],
        };
        var model = new WatchModel
        {
            ModelVersion = version, Labels = ["hey_nano", "stop", "unknown"], WakeLabelIndex = 0, WakeThreshold = 40,
            SmoothingFrames = 1, RefractoryFrames = 10, InputBands = 32, InputStride = 1, Layers = [layer],
        };
        return ModelBlobWriter.Write(model);
    }
}
