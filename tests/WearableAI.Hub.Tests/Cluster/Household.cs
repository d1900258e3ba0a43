using System.Diagnostics;
using WearableAI.Hub.Devices;
using WearableAI.Hub.Tests.Pipeline;
using WearableAI.HubLoad;
using WearableAI.HubLoad.Workers;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Tests.Cluster;

/// <summary>
/// Two watches of one household group on the cluster's broker: one utterance = both send a wake candidate at once
/// (one louder), then each waits for its verdict: a candidate without a verdict is sent again every
/// <see cref="ResendAfter"/>, at most <see cref="Resends"/> times, same bytes and sequence — the firmware's policy
/// (<c>WatchOptions.VerdictResendMs</c>, <c>VerdictResends</c>); the hub de-duplicates. The test waits up to
/// <see cref="VerdictWait"/> for the verdict (the watch itself gives up after 1.5 s; the test asks whether a verdict
/// came at all).
/// </summary>
public sealed class Household : IAsyncDisposable
{
    /// <summary>How long a watch waits for a verdict before it gives the candidate up (the firmware's VerdictTimeoutMs is 1.5 s; generous here for a loaded machine).</summary>
    public static readonly TimeSpan VerdictWait = TimeSpan.FromSeconds(5);

    /// <summary>How often a watch sends a candidate without a verdict again (WatchOptions.VerdictResendMs).</summary>
    public static readonly TimeSpan ResendAfter = TimeSpan.FromMilliseconds(500);

    /// <summary>At most this many times (WatchOptions.VerdictResends).</summary>
    public const int Resends = 2;

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
        byte[][] sent = await Task.WhenAll(_watches.Select((w, i) => w.WakeAsync(TestKeywordModel.WakePattern(), voices[i])));
        uint[] sequences = [.. _watches.Select(w => w.LastSequence)];
        ResultFrame?[] verdicts = await Task.WhenAll(_watches.Select((w, i) => NextVerdictAsync(w, sequences[i], sent[i])));
        return new Utterance(Group, sentAt, sequences, verdicts, Stopwatch.GetTimestamp());
    }

    /// <summary>Verdicts that arrive after the last utterance (late, doubled or a re-send's repeat), each watch's, within <paramref name="wait"/>.</summary>
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

    /// <summary>The verdict for <paramref name="sequence"/>, re-sending <paramref name="bytes"/> every <see cref="ResendAfter"/>; a verdict for an older candidate (a re-send's repeat) is skipped.</summary>
    private static async Task<ResultFrame?> NextVerdictAsync(Watch watch, uint sequence, byte[] bytes)
    {
        var patience = Stopwatch.StartNew();
        TimeSpan resendAt = ResendAfter;
        int resent = 0;
        while (patience.Elapsed < VerdictWait)
        {
            TimeSpan until = resent < Resends ? Min(resendAt, VerdictWait) : VerdictWait;
            ResultFrame? result = await watch.NextWithinAsync<ResultFrame>(until > patience.Elapsed ? until - patience.Elapsed : TimeSpan.Zero); // past due under load: look, then re-send
            if (result?.ReplyToSequence == sequence)
            {
                return result;
            }

            if (result is null && resent < Resends && patience.Elapsed >= resendAt && patience.Elapsed < VerdictWait)
            {
                await watch.SendRawAsync(bytes);
                resent++;
                resendAt += ResendAfter;
            }
        }

        return null;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
