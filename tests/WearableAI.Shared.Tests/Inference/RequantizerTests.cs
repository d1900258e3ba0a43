using System.Numerics;
using CsCheck;
using WearableAI.Shared.Inference;

namespace WearableAI.Shared.Tests.Inference;

public class RequantizerTests
{
    /// <summary>floor(acc·M / 2^n + 1/2) with arbitrary-precision integers.</summary>
    private static BigInteger Reference(int acc, int multiplier, int shift)
    {
        int n = 31 + shift;
        BigInteger numerator = (new BigInteger(acc) * multiplier * 2) + BigInteger.Pow(2, n);
        BigInteger denominator = BigInteger.Pow(2, n + 1);
        BigInteger q = BigInteger.DivRem(numerator, denominator, out BigInteger r);
        return r.Sign < 0 ? q - 1 : q;
    }

    [Theory]
    [InlineData(1, 1)]    // 0.5 → 1 (half rounds up)
    [InlineData(-1, 0)]   // −0.5 → 0 (half rounds toward +∞)
    [InlineData(3, 2)]    // 1.5 → 2
    [InlineData(-3, -1)]  // −1.5 → −1
    [InlineData(5, 3)]    // 2.5 → 3
    [InlineData(-5, -2)]  // −2.5 → −2
    [InlineData(-4, -2)]
    [InlineData(0, 0)]
    public void Half_way_values_round_toward_positive_infinity(int accumulator, long expected)
    {
        Assert.Equal(expected, Requantizer.Scale(accumulator, Requantizer.MinMultiplier, 0));
    }

    [Theory]
    [InlineData(int.MaxValue, int.MaxValue, -8)]
    [InlineData(int.MinValue, int.MaxValue, -8)]
    [InlineData(int.MinValue, int.MaxValue, 31)]
    [InlineData(int.MaxValue, Requantizer.MinMultiplier, 31)]
    [InlineData(int.MinValue, Requantizer.MinMultiplier, 0)]
    [InlineData(-1, int.MaxValue, 31)]
    [InlineData(123456789, 1518500250, 7)]
    [InlineData(-123456789, 1518500250, 7)]
    public void Extreme_accumulators_multipliers_and_shifts_match_the_exact_reference(int accumulator, int multiplier, int shift)
    {
        Assert.Equal(Reference(accumulator, multiplier, shift), new BigInteger(Requantizer.Scale(accumulator, multiplier, shift)));
    }

    [Fact]
    public void Random_values_match_the_exact_reference()
    {
        Gen.Select(Gen.Int, Gen.Int[Requantizer.MinMultiplier, Requantizer.MaxMultiplier], Gen.Int[Requantizer.MinShift, Requantizer.MaxShift])
            .Sample((acc, m, shift) => Reference(acc, m, shift) == new BigInteger(Requantizer.Scale(acc, m, shift)), iter: 20000);
    }

    [Fact]
    public void Output_is_clamped_to_the_activation_range_after_the_zero_point()
    {
        int m = Requantizer.MinMultiplier; // ×0.5 with shift 0
        Assert.Equal(-5, Requantizer.Requantize(-1000, m, 0, -5, -5, 127)); // ReLU: nothing below the zero point
        Assert.Equal(100, Requantizer.Requantize(1000, m, 0, -5, -5, 100)); // ReLU6-style ceiling
        Assert.Equal(15, Requantizer.Requantize(40, m, 0, -5, -5, 127));
        Assert.Equal(127, Requantizer.Requantize(int.MaxValue, int.MaxValue, -8, 0, -128, 127));
        Assert.Equal(-128, Requantizer.Requantize(int.MinValue, int.MaxValue, -8, 0, -128, 127));
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.75)]
    [InlineData(0.001234)]
    [InlineData(3.5e-9)]
    [InlineData(200.0)]
    public void A_real_scale_becomes_a_multiplier_and_shift_within_one_part_in_a_billion(double scale)
    {
        Assert.True(Requantizer.TryFromScale(scale, out int m, out int shift));
        Assert.InRange(m, Requantizer.MinMultiplier, Requantizer.MaxMultiplier);
        double represented = m * Math.Pow(2, -31 - shift);
        Assert.True(Math.Abs(represented - scale) / scale < 1e-9, $"{represented} vs {scale}");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(1000.0)]
    [InlineData(1e-12)]
    public void Scales_outside_the_representable_range_are_refused(double scale)
    {
        Assert.False(Requantizer.TryFromScale(scale, out _, out _));
    }
}
