using CsCheck;
using WearableAI.Synthesis;

namespace WearableAI.Tools.Tests;

public class AugmentationTests
{
    private static float[] Speechlike(ClipRandom random, int length)
    {
        var x = new float[length];
        for (int i = 0; i < length; i++) x[i] = (float)(0.3 * Math.Sin(i * 0.05) * Math.Sin(i * 0.0031) + 0.05 * random.Gaussian());
        return x;
    }

    [Fact]
    public void Noise_is_mixed_at_the_requested_SNR_within_half_a_decibel()
    {
        Gen.Select(Gen.Double[5, 30], Gen.Int[0, 4], Gen.ULong).Sample((snr, kindIndex, seed) =>
        {
            var random = new ClipRandom(seed);
            const int clipLength = 16000, speechStart = 3000, speechLength = 9000;
            var clip = new float[clipLength];
            float[] speech = Speechlike(random, speechLength);
            Array.Copy(speech, 0, clip, speechStart, speechLength);
            float[] clean = (float[])clip.Clone();
            float[] noise = NoiseGenerator.Make((NoiseKind)kindIndex, clipLength, 16000, random);

            NoiseMixing.MixAtSnr(clip, speechStart, speechLength, noise, snr);

            float[] added = clip.Select((s, i) => s - clean[i]).ToArray();
            double measured = 10 * Math.Log10(NoiseMixing.Power(clean, speechStart, speechLength) / NoiseMixing.Power(added, 0, clipLength));
            return Math.Abs(measured - snr) < 0.5;
        }, iter: 50);
    }

    [Fact]
    public void Reverberation_never_makes_a_loud_clip_clip()
    {
        Gen.Select(Gen.Double[0.15, 0.8], Gen.Double[0.1, 0.7], Gen.ULong).Sample((rt60, wet, seed) =>
        {
            var random = new ClipRandom(seed);
            float[] dry = Speechlike(random, 12000);
            float peak = Reverberation.Peak(dry);
            for (int i = 0; i < dry.Length; i++) dry[i] *= 0.999f / peak;

            float[] reverberant = Reverberation.Apply(dry, Reverberation.ImpulseResponse(random, 16000, rt60, wet));

            return Reverberation.Peak(reverberant) <= 0.9991f && reverberant.Length > dry.Length;
        }, iter: 20);
    }

    [Fact]
    public void Reverberation_tail_decays_by_60_dB_over_RT60()
    {
        float[] ir = Reverberation.ImpulseResponse(new ClipRandom(7), 16000, 0.5, 0.5);
        Assert.Equal(8000, ir.Length);
        double early = NoiseMixing.Power(ir, 400, 800);
        double late = NoiseMixing.Power(ir, 7200, 800);
        Assert.InRange(10 * Math.Log10(late / early), -62, -45);
    }

    [Fact]
    public void Gain_beyond_full_scale_saturates_instead_of_wrapping_around()
    {
        short[] pcm = ClipAugmenter.ToPcm([0.9f, -0.9f, 0.1f], Math.Pow(10, 6.0 / 20));
        Assert.Equal(new short[] { short.MaxValue, short.MinValue, 6538 }, pcm);
    }

    [Fact]
    public void Every_noise_kind_has_unit_level_and_is_repeatable_from_its_seed()
    {
        foreach (NoiseKind kind in Enum.GetValues<NoiseKind>())
        {
            float[] a = NoiseGenerator.Make(kind, 16000, 16000, new ClipRandom(3));
            float[] b = NoiseGenerator.Make(kind, 16000, 16000, new ClipRandom(3));
            Assert.Equal(a, b);
            Assert.InRange(NoiseMixing.Power(a, 0, a.Length), 0.999, 1.001);
        }
    }
}
