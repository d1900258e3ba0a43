using WearableAI.Hub.Inference;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.HomeAssistant;

/// <summary>
/// The <c>event_type</c> values of each event entity: announced in discovery (<c>event_types</c>) and sent in events,
/// so both come from here. Home Assistant ignores an event whose type was not announced.
/// </summary>
public static class HomeAssistantEventTypes
{
    /// <summary>The hub's model verified the wake word and this watch answers.</summary>
    public const string Verified = "verified";

    /// <summary>Another watch of the group heard it better and answers; this one stood down.</summary>
    public const string StoodDown = "stood_down";

    /// <summary>The hub has no model: the watch acted on its tiny model alone.</summary>
    public const string Unverified = "unverified";

    /// <summary>The hub's model rejected the wake word (published only when <see cref="HomeAssistantEntities.RejectedWakes"/> is on).</summary>
    public const string Rejected = "rejected";

    /// <summary>A command window the hub could not match to a command of the vocabulary with confidence.</summary>
    public const string Unknown = "unknown";

    /// <summary>A group's arbitration was decided (attributes name the winner).</summary>
    public const string Decided = "decided";

    /// <summary>The label of the vocabulary that means "nothing was said": never a command event.</summary>
    public const string Silence = "silence";

    /// <summary>Wake event types, in a fixed order.</summary>
    public static IReadOnlyList<string> Wake(HomeAssistantEntities entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        return entities.RejectedWakes ? [Verified, StoodDown, Unverified, Rejected] : [Verified, StoodDown, Unverified];
    }

    /// <summary>
    /// Command event types: the manifest's labels in its order, without the wake label and <c>silence</c>, with
    /// <c>unknown</c> last if the manifest lacks it; only <c>unknown</c> while the hub has no model.
    /// </summary>
    public static IReadOnlyList<string> Commands(ModelManifest? manifest)
    {
        var types = new List<string>();
        foreach (string label in manifest?.Vocabulary ?? [])
        {
            if (label != manifest!.WakeLabel && label != Silence && label != Unknown && IsEventType(label) && !types.Contains(label))
            {
                types.Add(label);
            }
        }

        types.Add(Unknown);
        return types;
    }

    /// <summary>Gesture event types: the wire's gesture kinds in snake case (<c>raise</c>, <c>double_tap</c>, …).</summary>
    public static IReadOnlyList<string> Gestures { get; } = Enum.GetValues<GestureKind>().Select(Gesture).ToArray();

    /// <summary>The event type of a gesture kind, e.g. <c>double_tap</c>.</summary>
    public static string Gesture(GestureKind kind) => Gesture(kind.ToString());

    /// <summary>The event type of a gesture kind's name as the timeline carries it ("DoubleTap" → <c>double_tap</c>).</summary>
    public static string Gesture(string kindName)
    {
        ArgumentNullException.ThrowIfNull(kindName);
        var text = new System.Text.StringBuilder(kindName.Length + 4);
        foreach (char c in kindName)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    /// <summary>Labels become event types as they are: lower case letters, digits and '_'.</summary>
    private static bool IsEventType(string label) => label.Length > 0 && label.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_');
}
