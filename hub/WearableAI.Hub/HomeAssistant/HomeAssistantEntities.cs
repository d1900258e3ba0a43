namespace WearableAI.Hub.HomeAssistant;

/// <summary>Which entities the hub announces and publishes (section <c>Hub:HomeAssistant:Entities</c>).</summary>
public sealed class HomeAssistantEntities
{
    /// <summary>The watch's wake-word event: verified, stood down, unverified (no hub model).</summary>
    public bool Wake { get; set; } = true;

    /// <summary>
    /// Also wakes the hub's model rejected. Off by default: every false trigger of the watch's tiny model would
    /// reach Home Assistant (hundreds an hour in speech, README).
    /// </summary>
    public bool RejectedWakes { get; set; }

    /// <summary>The recognised command event: the manifest's commands plus <c>unknown</c>.</summary>
    public bool Commands { get; set; } = true;

    /// <summary>The wrist gesture event.</summary>
    public bool Gestures { get; set; } = true;

    /// <summary>The battery sensor.</summary>
    public bool Battery { get; set; } = true;

    /// <summary>The connectivity binary sensor.</summary>
    public bool Connectivity { get; set; } = true;

    /// <summary>Each group's arbitration outcome (one Home Assistant device per group).</summary>
    public bool Arbitration { get; set; } = true;
}
