using WearableAI.Synthesis.Recordings;

namespace WearableAI.Synthesis.Augmentation;

/// <summary>
/// Chooses what is heard behind a clip: with probability <c>realShare</c> (and when the clip's
/// split has recordings) real sound of that split — music, babble, ambient or one other talker,
/// equally likely among those the split has — else synthetic noise (<see cref="NoiseGenerator"/>).
/// </summary>
public static class ClipBackground
{
    private static readonly NoiseKind[] NoiseKinds = Enum.GetValues<NoiseKind>();

    /// <summary><paramref name="length"/> samples of background for a clip of <paramref name="split"/>.</summary>
    public static float[] Draw(NoiseBeds? beds, DatasetSplit split, double realShare, int length, int sampleRate, ClipRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        bool wantReal = random.Chance(realShare); // drawn either way, so a split without recordings gets exactly the synthetic noise
        if (beds != null && wantReal)
        {
            var kinds = new List<int>(4);
            if (beds.Has(RecordingKind.Music, split)) kinds.Add(0);
            if (beds.Has(RecordingKind.Ambient, split)) kinds.Add(1);
            if (beds.Has(RecordingKind.HumanSpeech, split))
            {
                kinds.Add(2);
                kinds.Add(3);
            }

            if (kinds.Count > 0)
            {
                float[]? real = random.Pick(kinds) switch
                {
                    0 => beds.Excerpt(RecordingKind.Music, split, length, random),
                    1 => beds.Excerpt(RecordingKind.Ambient, split, length, random),
                    2 => beds.Babble(split, length, random),
                    _ => beds.Excerpt(RecordingKind.HumanSpeech, split, length, random),
                };
                if (real != null && NoiseMixing.Power(real, 0, length) > 1e-10) return real;
            }
        }

        return NoiseGenerator.Make(random.Pick(NoiseKinds), length, sampleRate, random);
    }
}
