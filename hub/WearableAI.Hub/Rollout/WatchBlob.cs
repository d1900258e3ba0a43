using Microsoft.Extensions.Options;
using WearableAI.Hub.Inference;
using WearableAI.Shared.Common;
using WearableAI.Shared.Models;

namespace WearableAI.Hub.Rollout;

/// <summary>
/// The watch model blob on offer, read and validated with the shared <see cref="ModelBlobLoader"/>
/// (the watch's own loader) each time a rollout starts, so a file replaced on disk is picked up and a
/// broken one is never offered.
/// </summary>
public sealed class WatchBlob(IOptions<RolloutOptions> options)
{
    /// <summary>The blob's bytes, version and CRC, or an error text.</summary>
    public (byte[]? Bytes, uint Version, uint Crc, string? Error) Load()
    {
        string path = ModelsFolder.Resolve(options.Value.BlobPath);
        if (!File.Exists(path))
        {
            return (null, 0, 0, $"no watch model blob at {path}");
        }

        byte[] bytes = File.ReadAllBytes(path);
        ModelBlobLoadResult loaded = ModelBlobLoader.Load(bytes);
        if (!loaded.IsValid)
        {
            return (null, 0, 0, $"{path} is not a valid watch model: {loaded.Error} ({loaded.Message})");
        }

        return (bytes, loaded.Model!.ModelVersion, Crc32.Compute(bytes, 0, bytes.Length), null);
    }
}
