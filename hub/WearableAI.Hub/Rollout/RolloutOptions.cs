using System.ComponentModel.DataAnnotations;

namespace WearableAI.Hub.Rollout;

/// <summary>Settings of watch model rollout (<c>Hub:Rollout</c>).</summary>
public sealed class RolloutOptions
{
    public const string Section = "Hub:Rollout";

    /// <summary>The watch model blob to offer (resolved like <c>Hub:Inference:ModelsFolder</c>).</summary>
    [Required]
    public string BlobPath { get; set; } = "models/watch.wai";

    /// <summary>Bytes per ModelChunk frame (protocol maximum 2048).</summary>
    [Range(1, 2048)]
    public int ChunkSize { get; set; } = 2048;
}
