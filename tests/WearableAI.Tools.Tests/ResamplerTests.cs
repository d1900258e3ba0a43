using WearableAI.Synthesis;

namespace WearableAI.Tools.Tests;

public class ResamplerTests
{
    private static float[] Sine(double frequency, int rate, int length)
    {
        var x = new float[length];
        for (int i = 0; i < length; i++) x[i] = (float)(0.5 * Math.Sin(2 * Math.PI * frequency * i / rate));
        return x;
    }

    private static double Rms(float[] x, int from, int to)
    {
        double sum = 0;
        for (int i = from; i < to; i++) sum += x[i] * x[i];
        return Math.Sqrt(sum / (to - from));
    }

    [Fact]
    public void A_one_kilohertz_sine_from_espeak_rate_is_still_one_kilohertz_at_16_kHz()
    {
        var resampler = new Resampler(22050, 16000);
        float[] output = resampler.Process(Sine(1000, 22050, 22050));

        // Count rising zero crossings over the middle (steady) part: 1 kHz → 1 per ms.
        int from = 1600, to = output.Length - 1600;
        int rising = 0;
        for (int i = from + 1; i < to; i++)
        {
            if (output[i - 1] < 0 && output[i] >= 0) rising++;
        }

        double measured = rising * 16000.0 / (to - from);
        Assert.InRange(measured, 995, 1005);
        Assert.InRange(Rms(output, from, to), 0.5 / Math.Sqrt(2) * 0.99, 0.5 / Math.Sqrt(2) * 1.01);
    }

    [Fact]
    public void Output_length_follows_the_rate_ratio()
    {
        var resampler = new Resampler(22050, 16000);
        Assert.Equal(16000, resampler.Process(new float[22050]).Length);
        Assert.Equal(7256, resampler.Process(new float[10000]).Length); // floor(10000 · 320 / 441)
    }

    [Fact]
    public void Tones_above_the_new_Nyquist_frequency_are_removed_instead_of_aliasing()
    {
        var resampler = new Resampler(22050, 16000);
        float[] output = resampler.Process(Sine(10000, 22050, 22050));
        double attenuationDb = 20 * Math.Log10(Rms(output, 1600, output.Length - 1600) / (0.5 / Math.Sqrt(2)));
        Assert.True(attenuationDb < -60, $"10 kHz leaked through at {attenuationDb:0.0} dB");
    }

    [Fact]
    public void A_constant_signal_keeps_its_level_exactly()
    {
        var input = Enumerable.Repeat(0.25f, 4410).ToArray();
        float[] output = new Resampler(22050, 16000).Process(input);
        for (int i = 100; i < output.Length - 100; i++) Assert.Equal(0.25f, output[i], 4);
    }
}
