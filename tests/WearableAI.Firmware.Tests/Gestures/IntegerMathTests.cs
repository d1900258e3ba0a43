using CsCheck;
using WearableAI.Firmware.Gestures;

namespace WearableAI.Firmware.Tests.Gestures;

public class IntegerMathTests
{
    [Fact]
    public void Integer_square_root_is_the_floor_of_the_true_root_for_any_uint()
    {
        Gen.UInt.Sample(v =>
        {
            ulong r = IntegerMath.Sqrt(v);
            return r * r <= v && (r + 1) * (r + 1) > v;
        });
    }

    [Theory]
    [InlineData(0, 0, 1000, 1000)]
    [InlineData(-600, 0, 800, 1000)]
    [InlineData(-32768, -32768, -32768, 56755)]
    [InlineData(32767, 32767, 32767, 56754)]
    public void Magnitude_of_a_milli_g_vector_matches_its_length_without_overflow(int x, int y, int z, int expected)
    {
        Assert.Equal(expected, IntegerMath.Magnitude(x, y, z));
    }
}
