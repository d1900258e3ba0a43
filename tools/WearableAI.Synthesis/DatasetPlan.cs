using System.Globalization;
using WearableAI.Synthesis.Voices;

namespace WearableAI.Synthesis;

/// <summary>
/// Lists every clip of a dataset before any is made: for each label, the training clips, then
/// validation, then test, each spoken by a speaker of that split. File names follow Speech
/// Commands (<c>SPEAKER_nohash_INDEX.wav</c>); negatives add the phrase said.
/// </summary>
public static class DatasetPlan
{
    /// <summary>The splits in the order clips are numbered.</summary>
    public static readonly IReadOnlyList<DatasetSplit> Splits = [DatasetSplit.Train, DatasetSplit.Validation, DatasetSplit.Test];

    /// <summary>Plans all clips.</summary>
    public static IReadOnlyList<ClipJob> Make(SynthesisSettings settings, IReadOnlyList<LabelSpec> labels, SpeakerSplit speakers)
        => [.. MakeAll(settings, labels, speakers).Where(j => settings.Splits.Contains(j.Split))];

    private static List<ClipJob> MakeAll(SynthesisSettings settings, IReadOnlyList<LabelSpec> labels, SpeakerSplit speakers)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(speakers);
        var jobs = new List<ClipJob>();
        string wakePhrase = labels.First(l => l.Kind == LabelKind.Wake).Phrases[0];
        foreach (LabelSpec label in labels)
        {
            int index = 0;
            foreach (DatasetSplit split in Splits)
            {
                for (int i = 0; i < settings.ClipsPerLabel(split); i++, index++)
                {
                    jobs.Add(Plan(settings.Seed, label, index, split, speakers, wakePhrase));
                }
            }
        }

        return jobs;
    }

    /// <summary>Share of confusable clips that are the wake phrase cut short ("hey na–").</summary>
    public const double TruncatedShare = 0.2;

    private static ClipJob Plan(int seed, LabelSpec label, int index, DatasetSplit split, SpeakerSplit speakers, string wakePhrase)
    {
        string number = index.ToString("D5", CultureInfo.InvariantCulture);
        if (label.Kind == LabelKind.Silence)
        {
            return new ClipJob(label, index, split, null, string.Empty, $"{label.Name}/silence_nohash_{number}.wav");
        }

        ClipRandom random = ClipRandom.For(seed, "pick", index, label.Name);
        string text = random.Pick(label.Phrases);
        bool truncated = label.Kind == LabelKind.Confusable && random.Chance(TruncatedShare);
        if (truncated) text = wakePhrase;
        bool positive = label.Kind is LabelKind.Wake or LabelKind.Command;
        Speaker speaker = speakers.Pick(split, random, s => !positive || !VoiceCatalogue.IsItalian(s) || Respelling.CanRespell(text));

        // Held-out clips alternate clean and noisy (real noise at 0–20 dB, −5 dB for negatives), named so.
        ClipCondition condition = split == DatasetSplit.Train ? ClipCondition.Augmented : index % 2 == 0 ? ClipCondition.Clean : ClipCondition.Noisy;
        double snr = Math.Round(random.Uniform(positive ? 0 : -5, 20));
        string noisy = condition == ClipCondition.Noisy ? string.Create(CultureInfo.InvariantCulture, $"_snr{snr:0}") : string.Empty;
        string file = label.Kind is LabelKind.Confusable or LabelKind.Unknown
            ? $"{speaker.Id}_nohash_{number}_{PhraseLists.Slug(text)}{(truncated ? "-truncated" : string.Empty)}{noisy}.wav"
            : $"{speaker.Id}_nohash_{number}{noisy}.wav";
        return new ClipJob(label, index, split, speaker, text, label.Name + "/" + file, truncated, condition, snr);
    }
}
