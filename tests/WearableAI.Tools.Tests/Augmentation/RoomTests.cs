using WearableAI.Synthesis;
using WearableAI.Synthesis.Augmentation;

namespace WearableAI.Tools.Tests.Augmentation;

public class RoomTests
{
    private const int Rate = Signals.Rate;

    /// <summary>RT60 from the Schroeder decay curve: the −5 to −25 dB slope (T20), extrapolated to 60 dB.</summary>
    private static double MeasuredRt60(float[] ir)
    {
        var remaining = new double[ir.Length];
        double sum = 0;
        for (int n = ir.Length - 1; n >= 0; n--) remaining[n] = sum += (double)ir[n] * ir[n];
        int FirstBelow(double db) => Array.FindIndex(remaining, e => 10 * Math.Log10(e / remaining[0]) <= db);
        return (FirstBelow(-25) - FirstBelow(-5)) / (double)Rate * 3;
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.6)]
    [InlineData(0.9)]
    public void A_simulated_room_has_the_RT60_asked_for_within_15_percent(double rt60)
    {
        var size = new Point3(7, 5, 3);
        ShoeboxRoom room = ShoeboxRoom.WithRt60(size, rt60, new Point3(2, 1.5, 1.6), new Point3(4.5, 3.2, 1.2));
        Assert.Equal(rt60, room.Rt60, 3);

        float[] ir = room.ImpulseResponse(Rate, new ClipRandom(11));
        Assert.InRange(MeasuredRt60(ir), rt60 * 0.85, rt60 * 1.15);
    }

    [Fact]
    public void The_direct_sound_arrives_after_the_distance_over_the_speed_of_sound_and_is_the_loudest()
    {
        var talker = new Point3(1, 1, 1.5);
        var microphone = new Point3(4.43, 1, 1.5); // 3.43 m: 10 ms
        float[] ir = ShoeboxRoom.WithRt60(new Point3(6, 4, 3), 0.5, talker, microphone).ImpulseResponse(Rate, new ClipRandom(3));
        int first = Array.FindIndex(ir, v => Math.Abs(v) > 1e-3);
        Assert.InRange(first, 159, 161);
        Assert.Equal(first, Array.IndexOf(ir, ir.MaxBy(Math.Abs)));
    }

    [Fact]
    public void Random_rooms_add_a_tail_and_never_make_a_loud_clip_clip()
    {
        float[] dry = Signals.Tone(400, Rate / 2, 0.999);
        for (ulong seed = 0; seed < 5; seed++)
        {
            float[] wet = new RoomSimulation(0.2, 0.8).Apply(dry, new ClipRandom(seed));
            Assert.True(wet.Length >= dry.Length + 0.2 * Rate, "at least the shortest RT60 of tail");
            Assert.True(Reverberation.Peak(wet) <= 0.9991f);
            Assert.True(NoiseMixing.Power(wet, dry.Length, Rate / 20) > 1e-6, "sound goes on after the speech ends");
        }
    }
}
