using WearableAI.Firmware.Host.Simulation;
using WearableAI.Fleet;

namespace WearableAI.Tools.Tests.Fleet;

public class RoomMicrophoneTests
{
    private static readonly short[] Click = [.. Enumerable.Repeat((short)10_000, 100)];

    [Fact]
    public void A_watch_343_metres_away_hears_the_clip_one_second_later()
    {
        var mic = new RoomMicrophone(new SimulatedClock(), noiseDb: -200, seed: 1);
        long arrives = mic.Hear(Click, speakerStartSample: 1000, metres: 343, levelDb: 0);
        Assert.Equal(1000 + 16000, arrives);
        short[] heard = Render(mic, 0, 20_000);
        Assert.All(heard[..17_000], s => Assert.Equal(0, s));
        Assert.NotEqual(0, heard[17_000]);
    }

    [Fact]
    public void Sound_arrives_distance_over_343_metres_per_second_later()
    {
        var mic = new RoomMicrophone(new SimulatedClock(), noiseDb: -200, seed: 1);
        Assert.Equal(1000 + 160, mic.Hear(Click, 1000, metres: 3.43, levelDb: 0));
        Assert.Equal(466, SoundPath.DelaySamples(10, 16000));
    }

    [Theory]
    [InlineData(0.3, 10_000)]
    [InlineData(1.0, 10_000)]
    [InlineData(2.0, 5_000)]
    [InlineData(4.0, 2_500)]
    public void The_level_falls_with_the_inverse_of_the_distance_beyond_one_metre(double metres, int expected)
    {
        var mic = new RoomMicrophone(new SimulatedClock(), noiseDb: -200, seed: 1);
        long at = mic.Hear(Click, 0, metres, levelDb: 0);
        Assert.Equal(expected, Render(mic, at + 10, 1)[0]);
    }

    [Fact]
    public void The_speaker_level_in_decibels_scales_the_clip()
    {
        var mic = new RoomMicrophone(new SimulatedClock(), noiseDb: -200, seed: 1);
        long at = mic.Hear(Click, 0, 1, levelDb: -6.0206);
        Assert.Equal(5_000, Render(mic, at, 1)[0]);
    }

    [Fact]
    public void Each_watch_hears_its_own_noise_at_the_level_set()
    {
        short[] a = Render(new RoomMicrophone(new SimulatedClock(), noiseDb: -40, seed: 1), 0, 32_000);
        short[] b = Render(new RoomMicrophone(new SimulatedClock(), noiseDb: -40, seed: 2), 0, 32_000);
        double expected = 32767 * 0.01;
        Assert.InRange(Rms(a), expected * 0.95, expected * 1.05);
        Assert.InRange(Rms(b), expected * 0.95, expected * 1.05);
        double correlation = a.Zip(b, (x, y) => (double)x * y).Sum() / (Rms(a) * Rms(b) * a.Length);
        Assert.InRange(correlation, -0.05, 0.05);
    }

    [Fact]
    public void The_microphone_releases_only_the_samples_the_clock_has_reached()
    {
        var clock = new SimulatedClock();
        var mic = new RoomMicrophone(clock, noiseDb: -60, seed: 1);
        short[] buffer = new short[512];
        Assert.Equal(0, mic.Read(buffer, 0, 512));
        clock.Advance(10);
        Assert.Equal(160, mic.Read(buffer, 0, 512));
        clock.Advance(100);
        Assert.Equal(512, mic.Read(buffer, 0, 512));
        short[] large = new short[4000];
        Assert.Equal(1760 - 160 - 512, mic.Read(large, 0, large.Length));
    }

    private static short[] Render(RoomMicrophone mic, long from, int count)
    {
        short[] buffer = new short[count];
        mic.Render(from, buffer, 0, count);
        return buffer;
    }

    private static double Rms(short[] x) => Math.Sqrt(x.Average(v => (double)v * v));
}
