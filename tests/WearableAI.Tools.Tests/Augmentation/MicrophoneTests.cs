using WearableAI.Synthesis;
using WearableAI.Synthesis.Augmentation;

namespace WearableAI.Tools.Tests.Augmentation;

public class MicrophoneTests
{
    private const int Rate = Signals.Rate;

    [Fact]
    public void Band_limiting_removes_the_energy_above_the_low_pass_and_below_the_high_pass()
    {
        float[] noise = Signals.WhiteNoise(2 * Rate, 1);
        float[] limited = BandLimit.Apply(noise, 200, 3000, Rate);

        double passBefore = Signals.BandDb(noise, 600, 2000), passAfter = Signals.BandDb(limited, 600, 2000);
        Assert.InRange(passAfter - passBefore, -1, 0.5);
        Assert.True(Signals.BandDb(limited, 6000, 8000) - Signals.BandDb(noise, 6000, 8000) < -40, "an octave above the low-pass is 40 dB down");
        Assert.True(Signals.BandDb(limited, 20, 80) - Signals.BandDb(noise, 20, 80) < -25, "well below the high-pass is 25 dB down");
    }

    [Fact]
    public void The_telephone_band_leaves_300_to_3400_Hz()
    {
        float[] noise = Signals.WhiteNoise(2 * Rate, 2);
        float[] phone = BandLimit.Apply(noise, BandLimit.TelephoneLowHz, BandLimit.TelephoneHighHz, Rate);
        Assert.True(Signals.BandDb(phone, 5000, 8000) - Signals.BandDb(phone, 600, 3000) < -30);
    }

    [Fact]
    public void Random_band_limits_always_cut_something()
    {
        float[] noise = Signals.WhiteNoise(Rate, 3);
        for (ulong seed = 0; seed < 10; seed++)
        {
            float[] limited = new BandLimit().Apply(noise, new ClipRandom(seed));
            bool lowCut = Signals.BandDb(limited, 20, 50) < Signals.BandDb(noise, 20, 50) - 6;
            bool highCut = Signals.BandDb(limited, 7200, 8000) < Signals.BandDb(noise, 7200, 8000) - 6;
            Assert.True(lowCut || highCut);
        }
    }

    [Theory]
    [InlineData(CodecEffect.Codec.Narrowband)]
    [InlineData(CodecEffect.Codec.MuLaw)]
    [InlineData(CodecEffect.Codec.ALaw)]
    [InlineData(CodecEffect.Codec.LowBitrate)]
    public void Every_codec_goes_through_8_kHz_and_keeps_the_length_and_the_speech_band(CodecEffect.Codec codec)
    {
        float[] noise = Signals.WhiteNoise(Rate, 4);
        float[] coded = CodecEffect.Apply(noise, codec, Rate);
        Assert.Equal(noise.Length, coded.Length);
        Assert.True(Signals.BandDb(coded, 4200, 8000) - Signals.BandDb(noise, 4200, 8000) < -30, "nothing above 4 kHz after 8 kHz");
        Assert.InRange(Signals.BandDb(coded, 300, 3000) - Signals.BandDb(noise, 300, 3000), codec == CodecEffect.Codec.LowBitrate ? -8 : -1, 1);
    }

    [Fact]
    public void G711_keeps_quiet_samples_fine_and_loud_ones_coarse_with_8_bit_codes()
    {
        float[] levels = [0.01f, 0.1f, 0.9f];
        foreach (float x in levels)
        {
            float mu = G711.MuLawRoundTrip(x), a = G711.ALawRoundTrip(x);
            Assert.InRange(Math.Abs(mu - x) / x, 0, 0.07); // 8-bit companding: a few percent relative error from −40 dBFS up
            Assert.InRange(Math.Abs(a - x) / x, 0, 0.07);
            Assert.Equal(-mu, G711.MuLawRoundTrip(-x));
        }

        Assert.True(Math.Abs(G711.MuLawRoundTrip(0.9f) - 0.9f) > 10 * Math.Abs(G711.MuLawRoundTrip(0.01f) - 0.01f), "loud samples get coarser steps");

        int distinct = Enumerable.Range(-1000, 2001).Select(i => G711.MuLawRoundTrip(i / 1000f)).Distinct().Count();
        Assert.InRange(distinct, 100, 256);
    }

    [Fact]
    public void A_peaking_band_boosts_a_tone_at_its_centre_by_its_gain()
    {
        float[] tone = Signals.Tone(1000, Rate, 0.1);
        float[] boosted = (float[])tone.Clone();
        Biquad.Peaking(1000, 6, 1.0, Rate).Process(boosted);
        double gain = 10 * Math.Log10(NoiseMixing.Power(boosted, Rate / 2, Rate / 2) / NoiseMixing.Power(tone, Rate / 2, Rate / 2));
        Assert.InRange(gain, 5.8, 6.2);
    }

    [Fact]
    public void Microphone_colouration_changes_the_spectrum_but_not_the_length()
    {
        float[] noise = Signals.WhiteNoise(Rate, 5);
        float[] coloured = new MicrophoneColouration().Apply(noise, new ClipRandom(9));
        Assert.Equal(noise.Length, coloured.Length);
        double[] change = [.. new[] { 200.0, 500, 1000, 2000, 4000 }.Select(f => Signals.BandDb(coloured, f, f * 1.4) - Signals.BandDb(noise, f, f * 1.4))];
        Assert.True(change.Max() - change.Min() > 2, "some bands louder than others");
        Assert.All(change, d => Assert.InRange(d, -25, 25));
    }
}
