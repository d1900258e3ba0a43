using System.ComponentModel.DataAnnotations;

namespace WearableAI.Hub.Inference;

/// <summary>Settings of the hub model (<c>Hub:Inference</c>).</summary>
public sealed class InferenceOptions
{
    public const string Section = "Hub:Inference";

    /// <summary>
    /// Folder holding <c>hub.onnx</c> and <c>manifest.json</c>. A relative path is looked up from the
    /// current directory upwards (so the repository's <c>models/</c> is found from any sub-folder).
    /// </summary>
    [Required]
    public string ModelsFolder { get; set; } = "models";

    /// <summary>Most requests per ONNX Runtime run.</summary>
    [Range(1, 256)]
    public int MaxBatch { get; set; } = 16;

    /// <summary>How long a batch may wait for more requests under load, in milliseconds (≤ 2 ms by design).</summary>
    [Range(0, 2)]
    public double BatchWindowMs { get; set; } = 2;

    /// <summary>Largest raise of a device's wake threshold above the manifest's (a device with many rejected candidates).</summary>
    [Range(0, 0.5)]
    public double MaxThresholdRaise { get; set; } = 0.2;
}
