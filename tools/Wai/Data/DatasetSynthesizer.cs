using WearableAI.Shared.Audio;

namespace WearableAI.Tools.Data;

/// <summary>
/// The whole <c>wai data synth</c> run: plan the clips, render them on all cores, make the
/// background recordings, write lists and manifest. Same settings and seed → byte-identical
/// folder, whatever the thread timing.
/// </summary>
public static class DatasetSynthesizer
{
    /// <summary>Stage name for the clips.</summary>
    public const string ClipStage = "speech clips";

    /// <summary>Stage name for the background recordings.</summary>
    public const string BackgroundStage = "background noise";

    /// <summary>Makes the dataset; returns its manifest.</summary>
    public static DatasetManifest Run(SynthesisSettings settings, EspeakRunner espeak, ISynthesisProgress progress)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(espeak);
        ArgumentNullException.ThrowIfNull(progress);
        if (settings.PerLabel < 1) throw new UserFacingException("--per-label must be at least 1");
        if (settings.BackgroundMinutes < 0) throw new UserFacingException("--background-minutes must not be negative");

        var phrases = new PhraseLists(settings.WakePhrase);
        string version = espeak.Version();
        VoiceCatalogue catalogue = VoiceCatalogue.Load(espeak);
        var split = new SpeakerSplit(catalogue.Speakers);
        IReadOnlyList<LabelSpec> labels = LabelSpec.All(phrases);
        IReadOnlyList<ClipJob> jobs = DatasetPlan.Make(settings, labels, split);

        DatasetWriter writer = DatasetWriter.Open(settings.OutputFolder, settings.Force);
        foreach (LabelSpec label in labels) writer.CreateFolder(label.Name);
        writer.CreateFolder(LabelSpec.BackgroundFolder);

        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        var synthesizer = new ClipSynthesizer(espeak, settings);
        progress.Begin(ClipStage, jobs.Count);
        Parallel.ForEach(jobs, options, job =>
        {
            writer.WriteWav(job.RelativePath, synthesizer.Render(job));
            progress.Advance(ClipStage);
        });

        var background = new BackgroundNoiseGenerator(synthesizer, phrases, split.SpeakersIn(DatasetSplit.Test), settings.Seed);
        IReadOnlyList<BackgroundNoiseGenerator.Piece> pieces = background.Plan(settings.BackgroundMinutes);
        var tracks = BackgroundTrack.All.ToDictionary(t => t, t => new float[background.LengthOf(t, settings.BackgroundMinutes)]);
        progress.Begin(BackgroundStage, pieces.Count);
        Parallel.ForEach(pieces, options, piece =>
        {
            float[] audio = background.Render(piece);
            Array.Copy(audio, 0, tracks[piece.Track], piece.Offset, audio.Length);
            progress.Advance(BackgroundStage);
        });

        var backgroundSummaries = new List<DatasetManifest.BackgroundSummary>();
        foreach (BackgroundTrack track in BackgroundTrack.All)
        {
            float[] audio = tracks[track];
            if (audio.Length == 0) continue;
            string path = $"{LabelSpec.BackgroundFolder}/{track.Name}.wav";
            float peak = Reverberation.Peak(audio);
            writer.WriteWav(path, ClipAugmenter.ToPcm(audio, peak > 0.99f ? 0.99 / peak : 1.0)); // loud bursts are scaled, not clipped
            backgroundSummaries.Add(new DatasetManifest.BackgroundSummary(path, (double)audio.Length / SynthesisSettings.SampleRate));
        }

        writer.WriteSplitLists(jobs);
        var manifest = new DatasetManifest
        {
            Seed = settings.Seed,
            WakePhrase = phrases.WakePhrase,
            WakeLabel = phrases.WakeLabel,
            SampleRate = SynthesisSettings.SampleRate,
            Labels = labels.Select(l => Summarize(l, settings)).ToList(),
            Background = backgroundSummaries,
            Speakers = DatasetPlan.Splits.ToDictionary(
                s => s.ToString().ToLowerInvariant(),
                s => (IReadOnlyList<string>)split.SpeakersIn(s).Select(p => p.Id).ToList()),
            Confusables = phrases.Confusables,
            UnknownWords = phrases.UnknownWords,
            Generator = new DatasetManifest.GeneratorSummary
            {
                Espeak = version,
                PerLabel = settings.PerLabel,
                BackgroundMinutes = settings.BackgroundMinutes,
                Voices = catalogue.Voices,
                Variants = catalogue.Variants,
                Augmentation = settings.Augmentation,
            },
            DataHash = writer.DataHash(),
        };
        writer.WriteManifest(manifest);
        return manifest;
    }

    private static DatasetManifest.LabelSummary Summarize(LabelSpec label, SynthesisSettings settings)
    {
        bool unknown = label.Kind is LabelKind.Confusable or LabelKind.Unknown;
        return new DatasetManifest.LabelSummary(
            label.Name,
            label.Kind.ToString().ToLowerInvariant(),
            unknown,
            label.ClipSeconds,
            settings.ClipsPerLabel(DatasetSplit.Train),
            settings.ClipsPerLabel(DatasetSplit.Validation),
            settings.ClipsPerLabel(DatasetSplit.Test));
    }

    /// <summary>Reads back a WAV written by the tool (for checks and tests).</summary>
    public static short[] ReadWav(string path, out int sampleRate)
    {
        string? why = PcmWav.TryParse(File.ReadAllBytes(path), out short[] samples, out sampleRate);
        return why == null ? samples : throw new InvalidDataException($"{path}: {why}");
    }
}
