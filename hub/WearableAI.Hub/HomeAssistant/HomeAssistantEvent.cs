using System.Text.Json.Nodes;

namespace WearableAI.Hub.HomeAssistant;

/// <summary>One event for Home Assistant: its topic and its JSON (with <c>event_type</c>), published not retained.</summary>
public sealed record HomeAssistantEvent(string Topic, JsonObject Payload);
