using WearableAI.Shared.Audio;
using WearableAI.Shared.Common;
using WearableAI.FrontEndReference;

namespace WearableAI.Shared.Tests.Audio;

/// <summary>What a user of the features would notice: tones in the right band, silence at the floor, no overflow, no garbage.</summary>
public class FrontEndBehaviourTests
{
    private static short[] Sine(double hz, double amplitude, int samples) =>
        Enumerable.Range(0, samples).Select(i => (short)Math.Round(amplitude * Math.Sin(2 * Math.PI * hz * i / 16000))).ToArray();

    [Theory]
    [InlineData(200)]
    [InlineData(500)]
    [InlineData(1000)]
    [InlineData(2000)]
    [InlineData(3300)]
    public void A_sine_lands_in_the_band_whose_centre_is_nearest(double hz)
    {
        var settings = new FrontEndSettings();
        FrontEndRun run = FrontEndRun.Of(settings, Sine(hz, 10000, 4096));
        double lo = MelFilterBank.HzToMel(settings.LowHz);
        double hi = MelFilterBank.HzToMel(settings.HighHz);
        double mel = MelFilterBank.HzToMel(hz);
        int nearest = Enumerable.Range(0, settings.MelBands)
            .OrderBy(b => Math.Abs(lo + (hi - lo) * (b + 1) / (settings.MelBands + 1) - mel)).First();
        foreach (sbyte[] frame in run.Features.Skip(1))
        {
            int loudest = Array.IndexOf(frame, frame.Max());
            Assert.InRange(loudest, nearest - 1, nearest + 1);
            Assert.True(frame[nearest] > frame.Average(v => v) + 20);
        }
    }

    [Fact]
    public void Silence_gives_the_floor_value_in_every_band_and_in_the_energy()
    {
        var settings = new FrontEndSettings();
        FrontEndRun run = FrontEndRun.Of(settings, new short[4096]);
        Assert.Equal(8, run.Features.Count);
        Assert.All(run.Features, f => Assert.All(f, v => Assert.Equal(-128, v)));
        Assert.All(run.Energies, e => Assert.Equal(-128, e));
    }

    [Fact]
    public void A_full_scale_sine_lands_near_the_top_of_the_int8_range_without_clipping()
    {
        FrontEndRun run = FrontEndRun.Of(new FrontEndSettings(), Sine(1000, 32767, 4096));
        Assert.All(run.Features.Skip(1), f => Assert.InRange((int)f.Max(), 105, 120));
    }

    [Fact]
    public void Clipped_full_scale_input_does_not_overflow_any_stage()
    {
        var settings = new FrontEndSettings();
        var rng = new Random(11);
        short[] square = Enumerable.Range(0, 8192).Select(i => (i / 3 % 2 == 0) ? short.MaxValue : short.MinValue).ToArray();
        short[] noise = Enumerable.Range(0, 8192).Select(_ => rng.Next(2) == 0 ? short.MaxValue : short.MinValue).ToArray();
        // The decimator's largest output, 36/32 of full scale, repeats with this pattern.
        short[] worst = Enumerable.Range(0, 8192).Select(i => i % 4 == 0 ? short.MinValue : short.MaxValue).ToArray();
        var reference = new FrontEndFloatReference(settings);
        double floor = FrontEndFloatReference.FloorLog2(settings);
        // The DC-heavy worst case leaves only window leakage ~90 dB below its DC in the mel
        // range, where the 14-bit block scaling is coarser: a wider tolerance there.
        foreach ((short[] pcm, double tolerance) in new[] { (square, 0.1), (noise, 0.1), (worst, 0.25) })
        {
            FrontEndRun run = FrontEndRun.Of(settings, pcm);
            List<double[]> expected = reference.Log2MelEnergies(pcm);
            Assert.Equal(expected.Count, run.Log2.Count);
            for (int f = 0; f < expected.Count; f++)
            {
                double peak = expected[f].Max();
                for (int b = 0; b < settings.MelBands; b++)
                {
                    // Bands within 40 dB of the loudest and well above the int8 floor.
                    if (expected[f][b] < Math.Max(peak - 13, floor + 2)) continue;
                    Assert.InRange(run.Log2[f][b] - expected[f][b], -tolerance, tolerance);
                }
            }
        }
    }

    [Fact]
    public void Doubling_the_amplitude_raises_the_frame_energy_by_two_octaves()
    {
        var settings = new FrontEndSettings();
        int quiet = FrontEndRun.Of(settings, SyntheticSpeech.Vowels(0.3, 2000, 1)).Energies[4];
        int loud = FrontEndRun.Of(settings, SyntheticSpeech.Vowels(0.3, 4000, 1)).Energies[4];
        Assert.InRange(loud - quiet, 2 * settings.LogScale - 1, 2 * settings.LogScale + 1);
    }

    [Fact]
    public void Noise_normalisation_pushes_steady_noise_near_minus_128_and_keeps_a_tone_above_it()
    {
        var settings = new FrontEndSettings { NoiseNormalization = true };
        short[] noise = SyntheticSpeech.Noise(3, 2000, seed: 4);
        short[] tone = Sine(1000, 8000, noise.Length);
        short[] noiseThenTone = noise.Concat(noise.Zip(tone, (a, b) => (short)(a + b))).ToArray();
        FrontEndRun run = FrontEndRun.Of(settings, noiseThenTone);
        int half = run.Features.Count / 2;
        double settledNoise = run.Features.Skip(half - 20).Take(20).SelectMany(f => f).Average(v => v);
        Assert.InRange(settledNoise, -128, -100);
        sbyte[] withTone = run.Features[half + 3];
        Assert.True(withTone.Max() > settledNoise + 40, $"tone at {withTone.Max()}, settled noise {settledNoise:F0}");
    }

    [Fact]
    public void Steady_state_frames_allocate_nothing()
    {
        var settings = new FrontEndSettings { NoiseNormalization = true };
        var frontEnd = new LogMelFrontEnd(settings);
        var ops = new OpCounter();
        var features = new sbyte[settings.MelBands];
        short[] pcm = SyntheticSpeech.Syllables(1.0, seed: 2);
        frontEnd.Process(pcm, 0, pcm.Length, features, 0, ops);

        long before = GC.GetAllocatedBytesForCurrentThread();
        int frames = 0;
        for (int round = 0; round < 5; round++)
        {
            int at = 0;
            while (at < pcm.Length)
            {
                at += frontEnd.Process(pcm, at, pcm.Length - at, features, 0, ops);
                if (frontEnd.FrameReady) frames++;
            }
        }

        long after = GC.GetAllocatedBytesForCurrentThread();
        Assert.True(frames > 100);
        Assert.Equal(0, after - before);
    }

    [Fact]
    public void Counted_ops_stay_within_the_front_end_budget_of_about_300k_per_second()
    {
        var settings = new FrontEndSettings();
        var ops = new OpCounter();
        FrontEndRun run = FrontEndRun.Of(settings, new short[16000 * 2], ops);
        Assert.Equal(run.Features.Count * new LogMelFrontEnd(settings).OpsPerFrame, ops.Ops);
        double perSecond = ops.Ops / 2.0;
        Assert.InRange(perSecond, 250_000, 310_000);
    }

    [Fact]
    public void Invalid_settings_are_refused_with_the_reason()
    {
        var settings = new FrontEndSettings { WindowSize = 300 };
        var e = Assert.Throws<ArgumentException>(() => new LogMelFrontEnd(settings));
        Assert.Contains("WindowSize", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_valid_settings_still_track_the_float_reference()
    {
        var settings = new FrontEndSettings { Decimation = 1, WindowSize = 512, HopSize = 160, MelBands = 40, HighHz = 7600 };
        FrontEndRun run = FrontEndRun.Of(settings, SyntheticSpeech.Vowels(0.5, 5000, 3));
        List<double[]> expected = new FrontEndFloatReference(settings).Log2MelEnergies(SyntheticSpeech.Vowels(0.5, 5000, 3));
        Assert.Equal(expected.Count, run.Log2.Count);
        double snr = FrontEndFloatReference.SnrDb(expected, run.Log2, FrontEndFloatReference.FloorLog2(settings));
        Assert.True(snr > 40, $"SNR {snr:F1} dB");
    }
}
