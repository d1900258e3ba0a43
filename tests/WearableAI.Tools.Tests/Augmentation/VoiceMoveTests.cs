using WearableAI.Synthesis;
using WearableAI.Synthesis.Augmentation;

namespace WearableAI.Tools.Tests.Augmentation;

public class VoiceMoveTests
{
    private const int Rate = Signals.Rate;

    [Theory]
    [InlineData(0.9)]
    [InlineData(1.1)]
    public void Speed_changes_the_length_by_the_factor_and_the_pitch_with_it(double factor)
    {
        float[] tone = Signals.Tone(300, Rate);
        float[] faster = SpeedChange.Apply(tone, factor);
        Assert.Equal(Math.Round(Rate / factor), faster.Length);
        Assert.InRange(Signals.DominantHz(faster), 300 * factor * 0.99, 300 * factor * 1.01);
    }

    [Theory]
    [InlineData(0.85)]
    [InlineData(1.15)]
    public void Tempo_changes_the_length_by_the_factor_and_keeps_the_pitch(double factor)
    {
        float[] tone = Signals.Tone(220, Rate);
        float[] stretched = TempoChange.Apply(tone, factor, Rate);
        Assert.Equal(Math.Round(Rate / factor), stretched.Length);
        Assert.InRange(Signals.DominantHz(stretched), 220 * 0.99, 220 * 1.01);

        // WSOLA lines the periods up: the tone stays a clean tone (no phasing dips).
        float[] middle = stretched[1000..^1000];
        double rms = Math.Sqrt(middle.Sum(v => (double)v * v) / middle.Length);
        Assert.InRange(rms, 0.5 / Math.Sqrt(2) * 0.95, 0.5 / Math.Sqrt(2) * 1.05);
    }

    [Theory]
    [InlineData(-3)]
    [InlineData(2)]
    public void Pitch_moves_every_frequency_by_the_semitones_and_keeps_the_length(double semitones)
    {
        float[] tone = Signals.Tone(250, Rate);
        float[] shifted = PitchShift.Apply(tone, semitones, Rate);
        Assert.InRange(shifted.Length, Rate - 2, Rate + 2);
        double expected = 250 * Math.Pow(2, semitones / 12);
        Assert.InRange(Signals.DominantHz(shifted), expected * 0.99, expected * 1.01);
    }

    [Fact]
    public void Random_moves_stay_in_their_ranges()
    {
        float[] tone = Signals.Tone(300, Rate);
        for (ulong seed = 0; seed < 10; seed++)
        {
            int speed = new SpeedChange(0.9, 1.1).Apply(tone, new ClipRandom(seed)).Length;
            int tempo = new TempoChange(0.85, 1.15).Apply(tone, new ClipRandom(seed)).Length;
            Assert.InRange(speed, Rate / 1.1 - 1, Rate / 0.9 + 1);
            Assert.InRange(tempo, Rate / 1.15 - 1, Rate / 0.85 + 1);
        }
    }
}
