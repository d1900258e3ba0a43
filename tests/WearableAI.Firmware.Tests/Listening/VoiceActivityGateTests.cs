using WearableAI.Firmware.Host.Signals;
using WearableAI.Firmware.Listening;
using WearableAI.Shared.Common;

namespace WearableAI.Firmware.Tests.Listening;

public class VoiceActivityGateTests
{
    private static (bool EverOpen, double OpsPerSecond) Run(short[] pcm, int chunk = 512)
    {
        VoiceActivityGate gate = new();
        OpCounter ops = new();
        bool everOpen = false;
        for (int i = 0; i < pcm.Length;)
        {
            i += gate.Process(pcm, i, Math.Min(chunk, pcm.Length - i), ops);
            everOpen |= gate.IsOpen;
        }

        return (everOpen, ops.Ops * 16000.0 / pcm.Length);
    }

    [Fact]
    public void The_idle_gate_costs_at_most_50k_counted_ops_per_second_of_audio()
    {
        (_, double quiet) = Run(SpeechLikeSignal.Noise(5, 1));
        (_, double speech) = Run(SpeechLikeSignal.Speech(5, 1));
        Assert.InRange(quiet, 20000, 50000);
        Assert.InRange(speech, 20000, 50000);
    }

    [Fact]
    public void The_gate_opens_on_a_speech_like_signal_after_quiet_noise()
    {
        short[] pcm = SpeechLikeSignal.Concat(SpeechLikeSignal.Noise(1, 2), SpeechLikeSignal.Speech(1, 2));
        VoiceActivityGate gate = new();
        int openedAtBlock = -1;
        for (int i = 0; i < pcm.Length && openedAtBlock < 0;)
        {
            i += gate.Process(pcm, i, 512, null);
            if (gate.IsOpen)
            {
                openedAtBlock = (int)gate.Blocks;
            }
        }

        // Speech starts at block 31.25; it opens within the first syllable (≤ 0.25 s).
        Assert.InRange(openedAtBlock, 31, 40);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(30)]
    [InlineData(300)]
    public void The_gate_stays_shut_on_silence_and_steady_noise(int noiseAmplitude)
    {
        short[] pcm = noiseAmplitude == 0 ? new short[16000 * 5] : SpeechLikeSignal.Noise(5, 3, noiseAmplitude);
        Assert.False(Run(pcm).EverOpen);
    }

    [Fact]
    public void Gate_decisions_do_not_depend_on_the_chunk_size()
    {
        short[] pcm = SpeechLikeSignal.Concat(SpeechLikeSignal.Noise(1, 4), SpeechLikeSignal.Speech(1, 4), SpeechLikeSignal.Noise(2, 5));
        string Trace(Func<int> chunk)
        {
            VoiceActivityGate gate = new();
            System.Text.StringBuilder trace = new();
            for (int i = 0; i < pcm.Length;)
            {
                i += gate.Process(pcm, i, Math.Min(chunk(), pcm.Length - i), null);
                if (gate.BlockCompleted)
                {
                    trace.Append(gate.IsOpen ? '1' : '0');
                }
            }

            return trace.ToString();
        }

        string reference = Trace(() => 512);
        Assert.Contains('1', reference);
        Assert.Equal(reference, Trace(() => 1));
        Assert.Equal(reference, Trace(() => 160));
        Random rng = new(7);
        Assert.Equal(reference, Trace(() => rng.Next(1, 3000)));
    }
}
