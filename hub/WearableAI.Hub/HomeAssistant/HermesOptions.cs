namespace WearableAI.Hub.HomeAssistant;

/// <summary>
/// Accepted commands mirrored as Hermes intents for Rhasspy-era tools (section <c>Hub:HomeAssistant:Hermes</c>).
/// Off by default. Never <c>hermes/hotword/…/detected</c>: Rhasspy would then wait for audio the watches never send.
/// </summary>
public sealed class HermesOptions
{
    /// <summary>Publish <c>hermes/intent/&lt;name&gt;</c> for each accepted command.</summary>
    public bool Enabled { get; set; }

    /// <summary>Put before the command label to make the intent name, e.g. <c>wai_</c> → <c>hermes/intent/wai_stop</c>.</summary>
    public string IntentPrefix { get; set; } = "";
}
