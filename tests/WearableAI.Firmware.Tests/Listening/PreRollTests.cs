using WearableAI.Firmware.Host.Signals;
using WearableAI.Firmware.Host.Watching;
using WearableAI.Firmware.Listening;
using WearableAI.Firmware.Tests.Support;
using WearableAI.Shared.Common;
using WearableAI.Shared.Models;
using Xunit.Abstractions;

namespace WearableAI.Firmware.Tests.Listening;

public class PreRollTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(8)]
    [InlineData(11)]
    [InlineData(23)]
    public void The_replayed_pre_roll_matches_the_audio_before_the_onset_and_the_onset_frame_exactly(int seed)
    {
        short[] audio = SpeechLikeSignal.Concat(SpeechLikeSignal.Noise(1.5, seed), SpeechLikeSignal.Speech(2.5, seed));
        WatchModel model = TestWatch.NeverFiring();
        ListeningPipeline pipeline = new(model, new ListeningOptions());
        long opened = -1;
        for (int i = 0; i < audio.Length && opened < 0;)
        {
            i += pipeline.Process(audio, i, audio.Length - i, null);
            if (pipeline.GateChanged && pipeline.Gate.IsOpen)
            {
                opened = pipeline.Gate.Blocks;
            }
        }

        Assert.True(opened > 16, "the gate opens on the speech, after the quiet");

        // The 16 replayed frames are the last 16 of the history (the trigger window's pre-roll).
        Assert.Equal(16, pipeline.FramesComputed);
        pipeline.Capture.History.Arrange();
        sbyte[] window = pipeline.Capture.History.Frames;
        int bands = model.Settings.MelBands;
        List<sbyte[]> exact = PreRollAudio.Frames(model, audio, (int)(opened - 16) * 512, 16);
        List<sbyte[]> asKept = PreRollAudio.Frames(model, PreRollAudio.AsKept(audio, (int)opened, 16), (int)(opened - 16) * 512, 16);
        int first = window.Length - (16 * bands);
        for (int f = 0; f < 16; f++)
        {
            Assert.Equal(asKept[f], window.Skip(first + (f * bands)).Take(bands).ToArray());
        }

        // The onset block (where the gate opened) is bit-exact.
        Assert.Equal(exact[15], asKept[15]);

        // The older frames: low and mid bands close to the exact features, the top bands lower.
        double[] error = new double[bands];
        for (int f = 0; f < 15; f++)
        {
            for (int b = 0; b < bands; b++)
            {
                error[b] += Math.Abs(exact[f][b] - asKept[f][b]) / 15.0;
            }
        }

        output.WriteLine("mean |feature error| per band (1 unit = 1/8 octave): " + string.Join(" ", error.Select(e => e.ToString("0.0"))));
        Assert.True(error.Take(16).Average() <= 1.5, "bands below ~1.5 kHz keep their level");
        Assert.True(error.Max() <= 12, "the top bands lose at most ~1.5 octaves on average");
    }

    [Fact]
    public void The_pre_roll_keeps_only_the_last_blocks()
    {
        PcmPreRoll preRoll = new(3, 16);
        short[] block = new short[16];
        for (int b = 1; b <= 5; b++)
        {
            Array.Fill(block, (short)(100 * b));
            preRoll.Write(block, 0, 16);
            preRoll.CompleteBlock(null);
        }

        preRoll.Write([7, 9], 0, 2);
        Recorder recorder = new();
        preRoll.Replay(recorder, null);
        short[] expected = [.. Enumerable.Repeat((short)400, 16), .. Enumerable.Repeat((short)500, 16), 7, 9];
        Assert.Equal(expected, recorder.Samples);
        Assert.Equal(2, preRoll.FoldedBlocks);
    }

    [Fact]
    public void The_listening_pipeline_fits_the_working_memory_budget_with_half_a_second_of_pre_roll()
    {
        ListeningPipeline pipeline = new(ReferenceModel.Create(), new ListeningOptions());
        output.WriteLine($"pipeline {pipeline.WorkingBytes} B, of it pre-roll {pipeline.PreRollBytes} B");
        Assert.True(pipeline.WorkingBytes <= 24 * 1024, $"{pipeline.WorkingBytes} B");
        Assert.True(new ListeningOptions().PreRollFrames * 512 >= 8000, "at least 0.5 s at 16 kHz");

        BudgetFigures figures = BudgetReport.Measure();
        Assert.Equal(pipeline.WorkingBytes, figures.PipelineBytes);
        Assert.InRange(figures.IdleOpsPerSecond, 1, 50000);
        Assert.InRange(figures.SpeechOpsPerSecond, figures.IdleOpsPerSecond, 500000);
    }

    [Fact]
    public void While_the_gate_is_shut_the_pipeline_costs_the_gate_plus_the_pre_roll_folding()
    {
        ListeningPipeline pipeline = new(TestWatch.AlwaysFiring(), new ListeningOptions());
        short[] quiet = SpeechLikeSignal.Noise(3, 9);
        OpCounter ops = new();
        for (int i = 0; i < quiet.Length;)
        {
            i += pipeline.Process(quiet, i, quiet.Length - i, ops);
        }

        double perSecond = ops.Ops * 16000.0 / quiet.Length;
        output.WriteLine($"idle {perSecond:N0} ops/s");
        Assert.Equal(0, pipeline.FramesComputed);
        Assert.InRange(perSecond, 24000 + 15000, 50000);
    }

    private sealed class Recorder : IPcmSink
    {
        public List<short> Samples { get; } = [];

        public void Accept(short[] pcm, int offset, int count, OpCounter? ops) => Samples.AddRange(pcm.Skip(offset).Take(count));
    }
}
