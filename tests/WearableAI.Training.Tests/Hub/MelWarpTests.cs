using WearableAI.Training.Hub;

namespace WearableAI.Training.Tests.Hub;

public class MelWarpTests
{
    private const int Bands = 40;

    private static sbyte[] Formant(int frames, int band)
    {
        var block = new sbyte[frames * Bands];
        for (int f = 0; f < frames; f++)
        for (int b = 0; b < Bands; b++) block[(f * Bands) + b] = (sbyte)(b == band ? 100 : b == band - 1 || b == band + 1 ? 40 : -60);
        return block;
    }

    private static int Peak(ReadOnlySpan<sbyte> frame)
    {
        int best = 0;
        for (int b = 1; b < frame.Length; b++) if (frame[b] > frame[best]) best = b;
        return best;
    }

    [Theory]
    [InlineData(1.15, 23)]
    [InlineData(0.85, 17)]
    public void A_formant_moves_up_the_mel_axis_by_the_factor(double factor, int expected)
    {
        sbyte[] block = Formant(3, 20);
        var warped = new sbyte[block.Length];
        MelWarp.Apply(block, warped, Bands, factor);
        for (int f = 0; f < 3; f++) Assert.Equal(expected, Peak(warped.AsSpan(f * Bands, Bands)));
    }

    [Fact]
    public void A_factor_of_one_changes_nothing_and_the_bottom_band_stays_put()
    {
        sbyte[] block = Formant(2, 10);
        block[0] = 77;
        var same = new sbyte[block.Length];
        MelWarp.Apply(block, same, Bands, 1.0);
        Assert.Equal(block, same);

        var warped = new sbyte[block.Length];
        MelWarp.Apply(block, warped, Bands, 0.9);
        Assert.Equal(77, warped[0]);
    }

    [Fact]
    public void Values_between_bands_are_interpolated_and_stay_in_int8()
    {
        var frame = new sbyte[Bands];
        for (int b = 0; b < Bands; b++) frame[b] = (sbyte)(b % 2 == 0 ? 127 : -128);
        var warped = new sbyte[Bands];
        MelWarp.Apply(frame, warped, Bands, 2.0); // band 1 reads position 0.5: halfway between 127 and −128
        Assert.Equal(0, warped[1]);               // Math.Round(−0.5) rounds to even
        Assert.Equal(-128, warped[2]);            // band 2 reads band 1 exactly
    }

    [Fact]
    public void The_band_major_model_layout_warps_the_same_as_the_stored_frames()
    {
        const int frames = 5;
        var random = new Random(4);
        var block = new sbyte[frames * Bands];
        random.NextBytes((byte[])(Array)block);
        var warped = new sbyte[block.Length];
        MelWarp.Apply(block, warped, Bands, 1.1);

        var input = new float[Bands * frames];
        for (int f = 0; f < frames; f++)
        for (int b = 0; b < Bands; b++) input[(b * frames) + f] = block[(f * Bands) + b];
        MelWarp.ApplyBandMajor(input, Bands, frames, 1.1, new float[Bands]);

        for (int f = 0; f < frames; f++)
        for (int b = 0; b < Bands; b++) Assert.Equal(warped[(f * Bands) + b], Math.Round(input[(b * frames) + f]), 0);
    }

    [Fact]
    public void Random_factors_stay_between_0_85_and_1_15()
    {
        var random = new Random(1);
        for (int i = 0; i < 1000; i++) Assert.InRange(MelWarp.RandomFactor(random), 0.85, 1.15);
    }
}
