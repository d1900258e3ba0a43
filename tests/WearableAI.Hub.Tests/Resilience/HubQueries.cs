using System.Net.Http.Json;
using WearableAI.Hub.Ingest;
using WearableAI.Hub.Storage;
using WearableAI.Hub.Tests.Support;

namespace WearableAI.Hub.Tests.Resilience;

/// <summary>What a user of the hub API sees: stored events and device records; and a bounded wait on them.</summary>
public static class HubQueries
{
    /// <summary>Sequence numbers of the Gesture events the hub stored for a device, ascending.</summary>
    public static async Task<IReadOnlyList<uint>> StoredGesturesAsync(this HubApp hub, string deviceId)
    {
        using HttpClient http = hub.CreateClient();
        List<StoredEvent> events = (await http.GetFromJsonAsync<List<StoredEvent>>($"/api/events?device={deviceId}&kind=Gesture&limit=1000"))!;
        return [.. events.Select(e => (uint)e.Sequence).Order()];
    }

    public static async Task<DeviceRecord> DeviceAsync(this HubApp hub, string deviceId)
    {
        using HttpClient http = hub.CreateClient();
        return (await http.GetFromJsonAsync<DeviceRecord>($"/api/devices/{deviceId}"))!;
    }

    /// <summary>Asks again (every 20 ms, at most <see cref="Signal.Timeout"/>) until the answer satisfies <paramref name="done"/>; returns it.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> ask, Func<T, bool> done)
    {
        using var timeout = new CancellationTokenSource(Signal.Timeout);
        while (true)
        {
            T answer = await ask();
            if (done(answer))
            {
                return answer;
            }

            try
            {
                await Task.Delay(20, timeout.Token);
            }
            catch (OperationCanceledException)
            {
                return answer; // the caller's assertion shows what was there
            }
        }
    }
}
