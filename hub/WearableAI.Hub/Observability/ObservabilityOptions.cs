namespace WearableAI.Hub.Observability;

/// <summary>Logging and metrics settings (configuration section <c>Hub:Observability</c>).</summary>
public sealed class ObservabilityOptions
{
    public const string Section = "Hub:Observability";

    /// <summary>Write console logs as JSON lines (for log collectors) instead of text.</summary>
    public bool JsonConsole { get; set; }
}
