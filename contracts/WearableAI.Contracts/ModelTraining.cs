using System.Text.Json;

namespace WearableAI.Contracts;

/// <summary>
/// How the shipped models were trained (<c>training</c> in the manifest), for people and reproduction; the hub
/// does not read it. The schedule and network are kept as the training wrote them.
/// </summary>
public sealed record ModelTraining
{
    /// <summary>The training preset, e.g. <c>default</c>.</summary>
    public string? Preset { get; init; }

    /// <summary>The seed.</summary>
    public int? Seed { get; init; }

    /// <summary>The hub model's training schedule (epochs, batch size, learning rate …).</summary>
    public JsonElement? Hub { get; init; }

    /// <summary>The hub network's shape.</summary>
    public JsonElement? Network { get; init; }

    /// <summary>The training run folder's name.</summary>
    public string? Run { get; init; }
}
