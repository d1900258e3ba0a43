using System.Threading.Channels;

namespace WearableAI.Hub.Timeline;

/// <summary>
/// The hub's live feed of what happens (for the web app's timeline and its Server-Sent Events):
/// producers call <see cref="Publish"/>; each subscriber gets its own bounded queue that drops its
/// oldest entries when it falls behind, so a slow browser never slows ingest. The last
/// <see cref="HistorySize"/> entries are kept for a page that opens later.
/// </summary>
/// <remarks>Thread-safe. A singleton; subscriptions end when their token is cancelled.</remarks>
public sealed class TimelineFeed
{
    /// <summary>Entries kept for late subscribers.</summary>
    public const int HistorySize = 500;

    private const int SubscriberQueueSize = 1000;
    private readonly Lock _gate = new();
    private readonly Queue<TimelineEntry> _history = new();
    private readonly List<Channel<TimelineEntry>> _subscribers = [];
    private readonly TimeProvider _time;
    private long _nextId;

    /// <summary>Creates the feed.</summary>
    public TimelineFeed(TimeProvider time)
    {
        _time = time;
    }

    /// <summary>Adds an entry (its id and time are assigned here) and hands it to every subscriber.</summary>
    public TimelineEntry Publish(TimelineKind kind, string? deviceId, string? groupId, string summary, object? details = null)
    {
        lock (_gate)
        {
            var entry = new TimelineEntry(++_nextId, _time.GetUtcNow(), kind, deviceId, groupId, summary, details);
            _history.Enqueue(entry);
            if (_history.Count > HistorySize)
            {
                _history.Dequeue();
            }

            foreach (Channel<TimelineEntry> subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(entry);
            }

            return entry;
        }
    }

    /// <summary>The kept entries with an id above <paramref name="afterId"/>, oldest first.</summary>
    public IReadOnlyList<TimelineEntry> Recent(long afterId = 0)
    {
        lock (_gate)
        {
            return _history.Where(e => e.Id > afterId).ToArray();
        }
    }

    /// <summary>
    /// Kept entries after <paramref name="afterId"/>, then every new entry as it is published,
    /// until <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public async IAsyncEnumerable<TimelineEntry> SubscribeAsync(long afterId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<TimelineEntry>(new BoundedChannelOptions(SubscriberQueueSize)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        TimelineEntry[] backlog;
        lock (_gate)
        {
            backlog = _history.Where(e => e.Id > afterId).ToArray();
            _subscribers.Add(channel);
        }

        try
        {
            foreach (TimelineEntry entry in backlog)
            {
                yield return entry;
            }

            await foreach (TimelineEntry entry in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return entry;
            }
        }
        finally
        {
            lock (_gate)
            {
                _subscribers.Remove(channel);
            }
        }
    }
}
