using System.Diagnostics;
using WearableAI.Hub.Devices;
using WearableAI.Hub.Tests.Pipeline;
using WearableAI.HubLoad;
using WearableAI.HubLoad.Workers;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Tests.Cluster;

/// <summary>
/// Two watches of one household group on the cluster's broker: one utterance = both send a wake candidate at once
/// (one louder), then each waits for its verdict, as a watch does (<see cref="VerdictWait"/>).
/// </summary>
public sealed class Household : IAsyncDisposable
{
    /// <summary>How long a watch waits for a verdict before it gives the candidate up (the firmware's VerdictTimeoutMs is 1.5 s; generous here for a loaded machine).</summary>
    public static readonly TimeSpan VerdictWait = TimeSpan.FromSeconds(5);

    private readonly Watch[] _watches;

    private Household(string group, Watch[] watches)
    {
        Group = group;
        _watches = watches;
    }

    public string Group { get; }

    public IReadOnlyList<Watch> Watches => _watches;

    /// <summary>Provisions two watches in <paramref name="group"/> through <paramref name="worker"/>, connects them and says Hello (so each counts as online in its group).</summary>
    public static async Task<Household> JoinAsync(HubWorker worker, int mqttPort, string group)
    {
        var watches = new Watch[2];
        for (int i = 0; i < watches.Length; i++)
        {
            BenchDevice device = await worker.ProvisionAsync($"{group} watch {i}", group);
            watches[i] = await new Watch(new ProvisionedDevice(device.Id, $"{group} watch {i}", group, device.Secret!, "127.0.0.1", mqttPort, null), mqttPort).ConnectAsync();
            await watches[i].HelloAsync();
        }

        return new Household(group, watches);
    }

    /// <summary>One utterance: both watches send a candidate together, the first louder when <paramref name="firstLouder"/>; returns what each heard back.</summary>
    public async Task<Utterance> UtterAsync(bool firstLouder)
    {
        short[] voices = firstLouder ? [90, 60] : [60, 90];
        long sentAt = Stopwatch.GetTimestamp();
        await Task.WhenAll(_watches.Select((w, i) => w.WakeAsync(TestKeywordModel.WakePattern(), voices[i])));
        uint[] sequences = [.. _watches.Select(w => w.LastSequence)];
        ResultFrame?[] verdicts = await Task.WhenAll(_watches.Select((w, i) => NextVerdictAsync(w, sequences[i])));
        return new Utterance(Group, sentAt, sequences, verdicts, Stopwatch.GetTimestamp());
    }

    /// <summary>Verdicts that arrive after the last utterance (late or doubled ones), each watch's, within <paramref name="wait"/>.</summary>
    public async Task<IReadOnlyList<ResultFrame>> StragglersAsync(TimeSpan wait)
    {
        var late = new List<ResultFrame>();
        foreach (Watch watch in _watches)
        {
            while (await watch.NextWithinAsync<ResultFrame>(wait) is { } result)
            {
                late.Add(result);
            }
        }

        return late;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (Watch watch in _watches)
        {
            await watch.DisposeAsync();
        }
    }

    /// <summary>The verdict for <paramref name="sequence"/>; a verdict for an older one (late) is skipped here and counted by the caller's totals.</summary>
    private static async Task<ResultFrame?> NextVerdictAsync(Watch watch, uint sequence)
    {
        var patience = Stopwatch.StartNew();
        while (patience.Elapsed < VerdictWait)
        {
            ResultFrame? result = await watch.NextWithinAsync<ResultFrame>(VerdictWait - patience.Elapsed);
            if (result is null || result.ReplyToSequence == sequence)
            {
                return result;
            }
        }

        return null;
    }
}
