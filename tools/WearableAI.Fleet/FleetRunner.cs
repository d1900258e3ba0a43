using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using WearableAI.Shared.Protocol;

namespace WearableAI.Fleet;

/// <summary>
/// Plays a <see cref="Scene"/> on simulated watches connected to a hub and scores it: provision the
/// watches through the REST API, connect them (real MQTT), wait until the hub shows them online,
/// schedule every utterance into the microphones of its room (attenuated, delayed, over each watch's
/// own noise), step every watch from one loop at real time until the scene is over, then run an idle
/// phase on an accelerated clock to measure idle traffic.
/// </summary>
public static class FleetRunner
{
    private const double LoopSleepMs = 2;

    /// <summary>Runs the scene.</summary>
    /// <param name="hub">The hub to use.</param>
    /// <param name="scene">What to play.</param>
    /// <param name="clips">The clips named by the scene.</param>
    /// <param name="options">Model, seed, idle phase.</param>
    /// <param name="progress">Progress lines.</param>
    public static async Task<FleetReport> RunAsync(FleetHub hub, Scene scene, ClipLibrary clips, FleetRunOptions options, Action<string> progress)
    {
        foreach (string clip in scene.Utterances.SelectMany(u => u.Say).Distinct())
        {
            if (!clips.Names.Contains(clip))
            {
                throw new InvalidDataException($"the scene says '{clip}' but {clips.Folder} has no {clip}.wav");
            }
        }

        var clock = new FleetClock();
        var watches = new List<FleetWatch>();
        try
        {
            int i = 0;
            foreach (SceneWatch place in scene.Watches)
            {
                (string id, string secret) = await hub.ProvisionAsync($"fleet {place.Name}", place.Room);
                watches.Add(new FleetWatch(place, id, secret, hub.Broker, options.ModelBlob, clock, (options.Seed * 7919) + i++));
            }

            progress($"{watches.Count} watches provisioned in {scene.Rooms.Count} rooms; connecting to {hub.Broker}");
            return await Task.Factory.StartNew(() => Play(hub, scene, clips, options, clock, watches, progress), TaskCreationOptions.LongRunning);
        }
        finally
        {
            foreach (FleetWatch watch in watches)
            {
                watch.Dispose();
            }
        }
    }

    private static FleetReport Play(FleetHub hub, Scene scene, ClipLibrary clips, FleetRunOptions options, FleetClock clock, List<FleetWatch> watches, Action<string> progress)
    {
        var wall = Stopwatch.StartNew();
        WaitOnline(hub, watches, options.ConnectTimeoutSeconds);
        progress($"all {watches.Count} watches online ({wall.Elapsed.TotalSeconds:0.0} s); playing {scene.Utterances.Count} utterances at real time");

        double t0 = clock.ExactMs + 500;
        List<Schedule> schedules = [.. scene.Utterances.Select(u => Plan(u, clips, watches, t0))];
        double end = schedules.Max(s => s.EndMs) + (options.TailSeconds * 1000);
        int reported = 0;
        while (clock.ExactMs < end || (!watches.All(w => w.IsSettled) && clock.ExactMs < end + 10_000))
        {
            StepAll(watches);
            while (reported < schedules.Count && clock.ExactMs > schedules[reported].EndMs + 3000)
            {
                UtteranceOutcome o = Score(reported, schedules[reported]);
                progress(string.Create(CultureInfo.InvariantCulture,
                    $"[{reported + 1}/{schedules.Count}] {o.Room}: \"{string.Join(' ', o.Said)}\" nearest {o.Nearest}, heard by {o.Heard.Count}/{o.Watches}, winner {o.Winner ?? "none"}{(o.Winners > 1 ? $" (+{o.Winners - 1} more answered)" : "")}{(o.DecisionMs is { } d ? $" in {d:0} ms" : "")}{(o.CommandLabel is { } l ? $", command '{l}'" : "")}"));
                reported++;
            }
        }

        var outcomes = Enumerable.Range(0, schedules.Count).Select(i => Score(i, schedules[i])).ToList();
        var sceneTraffic = watches.ToDictionary(w => w.Place.Name, w => w.Link.Traffic.Snapshot());
        IdleFigures? idle = null;
        if (options.IdleSeconds > 0)
        {
            progress($"idle phase: {options.IdleSeconds:0} s simulated at ×{options.IdleSpeed:0}");
            idle = Idle(clock, watches, options);
        }

        return FleetReport.From(scene, hub.Description, watches, sceneTraffic, outcomes, idle, wall.Elapsed.TotalSeconds);
    }

    private static void WaitOnline(FleetHub hub, List<FleetWatch> watches, double timeoutSeconds)
    {
        var wall = Stopwatch.StartNew();
        var online = new HashSet<string>();
        var lastCheck = Stopwatch.StartNew();
        while (online.Count < watches.Count)
        {
            StepAll(watches);
            if (lastCheck.ElapsedMilliseconds >= 200)
            {
                lastCheck.Restart();
                foreach (FleetWatch w in watches.Where(w => w.Link.IsConnected && !online.Contains(w.DeviceId)))
                {
                    if (IsOnline(hub, w.DeviceId))
                    {
                        online.Add(w.DeviceId);
                    }
                }
            }

            if (wall.Elapsed.TotalSeconds > timeoutSeconds)
            {
                throw new TimeoutException($"{watches.Count - online.Count} watches not online on the hub after {timeoutSeconds:0} s: {string.Join(", ", watches.Where(w => !online.Contains(w.DeviceId)).Take(5).Select(w => w.Place.Name))}");
            }
        }
    }

    private static bool IsOnline(FleetHub hub, string deviceId)
    {
        try
        {
            string json = hub.Http.GetStringAsync($"/api/devices/{deviceId}").GetAwaiter().GetResult();
            using JsonDocument body = JsonDocument.Parse(json);
            return body.RootElement.TryGetProperty("online", out JsonElement online) && online.ValueKind == JsonValueKind.True;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static void StepAll(List<FleetWatch> watches)
    {
        foreach (FleetWatch watch in watches)
        {
            watch.Step();
        }

        Thread.Sleep(TimeSpan.FromMilliseconds(LoopSleepMs));
    }

    private static Schedule Plan(Utterance utterance, ClipLibrary clips, List<FleetWatch> watches, double t0)
    {
        double startMs = t0 + (utterance.AtSeconds * 1000);
        var inRoom = watches.Where(w => w.Place.Room == utterance.Room).ToList();
        var heard = new List<Hearing>();
        foreach (FleetWatch w in inRoom)
        {
            double metres = w.Place.At.DistanceTo(utterance.Speaker);
            long sample = (long)(startMs * ClipLibrary.SampleRate / 1000);
            var ends = new List<double>();
            foreach (string name in utterance.Say)
            {
                short[] clip = clips[name];
                long arrives = w.Microphone.Hear(clip, sample, metres, utterance.LevelDb);
                ends.Add((arrives + clip.Length) * 1000.0 / ClipLibrary.SampleRate);
                sample += clip.Length + (long)(utterance.GapSeconds * ClipLibrary.SampleRate);
            }

            heard.Add(new Hearing(w, metres, ends));
        }

        return new Schedule(utterance, startMs, heard.Max(h => h.ClipEndsMs[^1]), heard);
    }

    private static UtteranceOutcome Score(int index, Schedule s)
    {
        var heard = new List<HeardCandidate>();
        foreach (Hearing h in s.Hearings)
        {
            CountingLink link = h.Watch.Link;
            foreach (SentFrame wake in link.Sent.Where(f => f.Kind == FrameKind.WakeCandidate && f.SimMs >= s.StartMs && f.SimMs <= s.EndMs + 1500))
            {
                SentFrame? command = link.Sent.FirstOrDefault(f => f.Kind == FrameKind.CommandFeatures && f.SimMs > wake.SimMs && f.SimMs < wake.SimMs + 6000);
                heard.Add(new HeardCandidate(h.Watch.Place.Name, h.Metres, wake,
                    link.Results.FirstOrDefault(r => r.ReplyTo == wake.Sequence && r.WallTicks >= wake.WallTicks),
                    command,
                    command is null ? null : link.Results.FirstOrDefault(r => r.ReplyTo == command.Sequence && r.WallTicks >= command.WallTicks),
                    h.ClipEndsMs[0], h.ClipEndsMs.Count > 1 ? h.ClipEndsMs[1] : null));
            }
        }

        return ArbitrationScoring.Score(index, s.Utterance, [.. s.Hearings.Select(h => (h.Watch.Place.Name, h.Metres))], heard);
    }

    private static IdleFigures Idle(FleetClock clock, List<FleetWatch> watches, FleetRunOptions options)
    {
        var before = watches.ToDictionary(w => w, w => w.Link.Traffic.Snapshot());
        double start = clock.ExactMs;
        clock.Speed = options.IdleSpeed;
        while (clock.ExactMs - start < options.IdleSeconds * 1000)
        {
            StepAll(watches);
        }

        clock.Speed = 1;
        double minutes = (clock.ExactMs - start) / 60_000;
        var deltas = watches.Select(w => w.Link.Traffic.Since(before[w])).ToList();
        return new IdleFigures(Math.Round(minutes * 60, 1), options.IdleSpeed,
            Math.Round(deltas.Average(d => d.UpBytes) / minutes, 1), Math.Round(deltas.Average(d => d.DownBytes) / minutes, 1),
            Math.Round(deltas.Average(d => d.MqttBytes) / minutes, 1),
            [.. deltas.SelectMany(d => d.KindsSent).Distinct().Order().Select(k => k.ToString())]);
    }

    private sealed record Hearing(FleetWatch Watch, double Metres, List<double> ClipEndsMs);

    private sealed record Schedule(Utterance Utterance, double StartMs, double EndMs, List<Hearing> Hearings);
}

/// <summary>Traffic of the idle phase, per device.</summary>
/// <param name="SimulatedSeconds">Length of the phase on the fleet clock.</param>
/// <param name="Speed">Clock speed-up.</param>
/// <param name="UpBytesPerMinute">Frame bytes sent per minute per device.</param>
/// <param name="DownBytesPerMinute">Frame bytes received per minute per device.</param>
/// <param name="MqttBytesPerMinute">Both directions with MQTT framing.</param>
/// <param name="KindsSent">Frame kinds the watches sent while idle (only Heartbeat is allowed).</param>
public sealed record IdleFigures(double SimulatedSeconds, double Speed, double UpBytesPerMinute, double DownBytesPerMinute, double MqttBytesPerMinute, IReadOnlyList<string> KindsSent)
{
    /// <summary>Nothing but heartbeats left the watches.</summary>
    public bool OnlyHeartbeats => KindsSent.All(k => k == nameof(FrameKind.Heartbeat));
}
