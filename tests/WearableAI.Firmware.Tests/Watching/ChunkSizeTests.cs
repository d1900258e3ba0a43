using WearableAI.Firmware.Hardware;
using WearableAI.Firmware.Host.Signals;
using WearableAI.Firmware.Host.Simulation;
using WearableAI.Firmware.Tests.Support;
using WearableAI.Shared.Protocol;
using Verdict = WearableAI.Shared.Protocol.Verdict;

namespace WearableAI.Firmware.Tests.Watching;

public class ChunkSizeTests
{
    private static readonly short[] QuietThenSpeech = SpeechLikeSignal.Concat(SpeechLikeSignal.Noise(1, 4), SpeechLikeSignal.Speech(2.5, 4), SpeechLikeSignal.Noise(1, 5));

    /// <summary>The features the hub receives, with the watch reading <paramref name="chunk"/> samples per step.</summary>
    private static string WhatTheHubReceives(int chunk)
    {
        InMemoryMessageLink link = new();
        InMemoryModelStore store = new(64 * 1024);
        TestWatch.Install(store, TestWatch.AlwaysFiring());
        SimulatedClock clock = new();
        PcmAudioSource audio = new(QuietThenSpeech, 16000);
        Watch watch = new(
            new WatchHardware { Audio = audio, Indicator = new RecordingIndicator(), Clock = clock, Link = link, ModelStore = store },
            new WatchSettings { MaxModelBytes = 64 * 1024, AudioChunkSamples = chunk });
        bool answered = false;
        while (!audio.IsFinished)
        {
            watch.Step();
            clock.Advance(chunk * 1000 / 16000);
            WakeCandidateFrame? wake = link.Published.Select(m => TestWatch.Decode(m.Payload)).OfType<WakeCandidateFrame>().FirstOrDefault();
            if (wake is not null && !answered)
            {
                answered = true;
                link.Deliver(LinkChannel.Result, WatchTests.Encode(new ResultFrame { Sequence = 1, ReplyToSequence = wake.Sequence, DeviceId = "watch-1", Verdict = Verdict.Accepted, Label = "hey_nano" }));
            }
        }

        List<string> received = [];
        foreach (Frame frame in link.Published.Select(m => TestWatch.Decode(m.Payload)))
        {
            if (frame is WakeCandidateFrame w)
            {
                received.Add($"wake pre-roll {w.PreRollFrames} score {w.Score} {Convert.ToHexString((byte[])(Array)w.Features.ToArray())}");
            }
            else if (frame is CommandFeaturesFrame c)
            {
                received.Add($"command {Convert.ToHexString((byte[])(Array)c.Features.ToArray())}");
            }
        }

        return string.Join("\n", received);
    }

    [Fact]
    public void The_wake_candidate_and_the_command_the_hub_receives_do_not_depend_on_the_audio_chunk_size()
    {
        string reference = WhatTheHubReceives(512);
        Assert.Contains("wake", reference);
        Assert.Contains("command", reference);
        Assert.Equal(reference, WhatTheHubReceives(160));
        Assert.Equal(reference, WhatTheHubReceives(1024));
    }
}
