using System.Collections.Concurrent;

namespace WearableAI.Hub.ResultDelivery;

/// <summary>
/// The hub's own frame numbering, one counter per device (docs/protocol.md, "Correlation"): starts
/// at 1, +1 per frame sent to that device (results and model chunks), wraps at 2^32 skipping 0.
/// In memory: a restarted hub starts again at 1, which devices accept (they correlate by reply-to).
/// </summary>
public sealed class HubSequences
{
    private readonly ConcurrentDictionary<string, StrongBox> _counters = new();

    public uint Next(string deviceId)
    {
        StrongBox box = _counters.GetOrAdd(deviceId, _ => new StrongBox());
        uint next = unchecked((uint)Interlocked.Increment(ref box.Value));
        return next == 0 ? unchecked((uint)Interlocked.Increment(ref box.Value)) : next;
    }

    private sealed class StrongBox
    {
        public int Value;
    }
}
