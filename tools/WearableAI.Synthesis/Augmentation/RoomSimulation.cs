namespace WearableAI.Synthesis.Augmentation;

/// <summary>
/// Puts speech in a room: a random <see cref="ShoeboxRoom"/> (RT60 in
/// [<see cref="MinRt60"/>, <see cref="MaxRt60"/>)), or, for validation and test clips when real
/// responses are given, one of the packaged room responses of that split. The output is the
/// input length plus the tail, scaled to the input's peak (reverb never clips a clip).
/// </summary>
/// <param name="MinRt60">Shortest simulated RT60, seconds.</param>
/// <param name="MaxRt60">Longest simulated RT60, seconds.</param>
/// <param name="SampleRate">Hz.</param>
public sealed record RoomSimulation(double MinRt60 = 0.15, double MaxRt60 = 0.9, int SampleRate = SynthesisSettings.SampleRate)
{
    /// <summary>The audio in a random simulated room.</summary>
    public float[] Apply(float[] audio, ClipRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        ShoeboxRoom room = ShoeboxRoom.Random(random, MinRt60, MaxRt60);
        return Convolve(audio, room.ImpulseResponse(SampleRate, random));
    }

    /// <summary>The audio convolved with <paramref name="impulseResponse"/>, scaled to the input's peak.</summary>
    public static float[] Convolve(float[] audio, float[] impulseResponse)
    {
        return Reverberation.Apply(audio, impulseResponse);
    }
}
