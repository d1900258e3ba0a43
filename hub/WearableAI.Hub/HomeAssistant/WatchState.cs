using System.Text.Json.Nodes;
using WearableAI.Hub.Storage;

namespace WearableAI.Hub.HomeAssistant;

/// <summary>
/// A watch's retained state for its battery sensor and connectivity binary sensor:
/// <c>{"connectivity":"ON","battery":87}</c> (battery null while the watch has not reported one).
/// </summary>
public static class WatchState
{
    /// <summary>The state of <paramref name="watch"/> as the device store has it.</summary>
    public static JsonObject Build(DeviceRecord watch)
    {
        ArgumentNullException.ThrowIfNull(watch);
        return new JsonObject
        {
            ["connectivity"] = watch.Online ? "ON" : "OFF",
            ["battery"] = watch.Battery,
        };
    }
}
