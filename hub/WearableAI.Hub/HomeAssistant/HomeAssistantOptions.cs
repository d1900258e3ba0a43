namespace WearableAI.Hub.HomeAssistant;

/// <summary>
/// Home Assistant MQTT discovery and events (configuration section <c>Hub:HomeAssistant</c>; docs/home-assistant.md).
/// Off by default. Topics: discovery under <see cref="DiscoveryPrefix"/>, state and events under <see cref="StatePrefix"/>
/// (never under the binary <c>wai/v1/</c> tree).
/// </summary>
public sealed class HomeAssistantOptions
{
    public const string Section = "Hub:HomeAssistant";

    /// <summary>Publish discovery, state and events at all.</summary>
    public bool Enabled { get; set; }

    /// <summary>Home Assistant's discovery prefix (its MQTT option of the same name); also where it sends its birth message, <c>&lt;prefix&gt;/status</c>.</summary>
    public string DiscoveryPrefix { get; set; } = "homeassistant";

    /// <summary>Root of the JSON state and event topics, e.g. <c>wearableai/device/&lt;id&gt;/wake</c>.</summary>
    public string StatePrefix { get; set; } = "wearableai";

    /// <summary>Start of every node id: a watch is <c>&lt;NodeIdPrefix&gt;_&lt;device id&gt;</c>, a group <c>&lt;NodeIdPrefix&gt;_group_&lt;group id&gt;</c>.</summary>
    public string NodeIdPrefix { get; set; } = "wai";

    /// <summary>What is published (each entity can be left out).</summary>
    public HomeAssistantEntities Entities { get; set; } = new();

    /// <summary>Optional Hermes intents for accepted commands (off by default).</summary>
    public HermesOptions Hermes { get; set; } = new();

    /// <summary>The broker Home Assistant reads: empty <see cref="HomeAssistantBrokerOptions.Url"/> = the hub's own embedded broker.</summary>
    public HomeAssistantBrokerOptions Broker { get; set; } = new();

    /// <summary>Where people find help for this hub (e.g. its docs), sent as the discovery <c>origin.support_url</c>; empty = left out.</summary>
    public string SupportUrl { get; set; } = "";

    /// <summary>Seconds between re-reads of every watch's battery and connection from the device store (0 = only on events).</summary>
    public int StateRefreshSeconds { get; set; } = 30;
}
