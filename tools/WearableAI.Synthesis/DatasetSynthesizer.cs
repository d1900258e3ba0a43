using WearableAI.Shared.Audio;
using WearableAI.Synthesis.Augmentation;
using WearableAI.Synthesis.Negatives;
using WearableAI.Synthesis.Recordings;
using WearableAI.Synthesis.Voices;
using WearableAI.Tools;

namespace WearableAI.Synthesis;

/// <summary>
/// The whole <c>wai data synth</c> run: plan the clips, render them on all cores with every
/// engine of the voice catalogue, read prose into running-speech negatives, make the background
/// recordings, write lists and manifest. Same settings and seed → byte-identical folder, whatever
/// the thread timing.
/// </summary>
public static class DatasetSynthesizer
{
    /// <summary>Stage name for the clips.</summary>
    public const string ClipStage = "speech clips";

    /// <summary>Stage name for the running-speech passages.</summary>
    public const string SpeechStage = "running speech";

    /// <summary>Stage name for the recorded negatives.</summary>
    public const string RecordedStage = "recorded negatives";

    /// <summary>Stage name for the background recordings.</summary>
    public const string BackgroundStage = "background noise";

    /// <summary>Makes the dataset with the engines of <paramref name="engines"/>; returns its manifest.</summary>
    public static DatasetManifest Run(SynthesisSettings settings, SpeechEngines engines, ISynthesisProgress progress)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(engines);
        ArgumentNullException.ThrowIfNull(progress);
        if (settings.PerLabel < 1) throw new UserFacingException("--per-label must be at least 1");
        if (settings.BackgroundMinutes < 0) throw new UserFacingException("--background-minutes must not be negative");
        if (settings.SpeechHours < 0) throw new UserFacingException("--speech-hours must not be negative");

        var phrases = new PhraseLists(settings.WakePhrase);
        VoiceInventory.RequireInstalled(VoiceCatalogue.AllSpeakers);
        IReadOnlyDictionary<string, string> versions = engines.Versions();
        var split = new SpeakerSplit();
        IReadOnlyList<LabelSpec> labels = LabelSpec.All(phrases);
        IReadOnlyList<ClipJob> jobs = DatasetPlan.Make(settings, labels, split);

        DatasetWriter writer = DatasetWriter.Open(settings.OutputFolder, settings.Force, settings.Resume);
        foreach (LabelSpec label in labels) writer.CreateFolder(label.Name);
        writer.CreateFolder(LabelSpec.BackgroundFolder);

        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.Jobs) };
        RecordingCatalogue? recordings = settings.Recordings ? RecordingCatalogue.Load(settings.RecordingCache, progress) : null;
        var augmenter = new ClipAugmenter(settings.Augmentation, SynthesisSettings.SampleRate, recordings == null ? null : new NoiseBeds(recordings, settings.Seed));
        var synthesizer = new ClipSynthesizer(engines, settings, augmenter);
        progress.Begin(ClipStage, jobs.Count);
        Parallel.ForEach(jobs, options, job =>
        {
            if (!writer.TryKeep(job.RelativePath)) writer.WriteWav(job.RelativePath, synthesizer.Render(job));
            progress.Advance(ClipStage);
        });

        List<(string Path, DatasetSplit Split)> speechClips = WriteRunningSpeech(settings, phrases, synthesizer, augmenter, split, writer, options, progress);
        Dictionary<RecordingKind, List<(string Path, DatasetSplit Split)>> recorded = recordings == null
            ? []
            : WriteRecordedNegatives(settings, recordings, augmenter, writer, options, progress);

        var background = new BackgroundNoiseGenerator(synthesizer, phrases, split, settings.Seed);
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

        writer.WriteSplitLists([.. jobs.Select(j => (j.RelativePath, j.Split)), .. speechClips, .. recorded.Values.SelectMany(v => v)]);
        var summaries = labels.Select(l => Summarize(l, settings)).ToList();
        summaries.Add(Summarize(RunningSpeech.Folder, "speech", speechClips));
        foreach ((RecordingKind kind, List<(string Path, DatasetSplit Split)> clips) in recorded)
        {
            summaries.Add(Summarize(RecordedNegatives.FolderOf(kind).Folder, RecordedNegatives.FolderOf(kind).Prefix, clips));
        }

        var manifest = new DatasetManifest
        {
            Seed = settings.Seed,
            WakePhrase = phrases.WakePhrase,
            WakeLabel = phrases.WakeLabel,
            SampleRate = SynthesisSettings.SampleRate,
            Labels = summaries,
            Background = backgroundSummaries,
            Speakers = DatasetPlan.Splits.ToDictionary(
                s => s.ToString().ToLowerInvariant(),
                s => (IReadOnlyList<string>)split.SpeakersIn(s).Select(p => p.Id).ToList()),
            Confusables = phrases.Confusables,
            UnknownWords = phrases.UnknownWords,
            Generator = new DatasetManifest.GeneratorSummary
            {
                Engines = versions,
                PerLabel = settings.PerLabel,
                BackgroundMinutes = settings.BackgroundMinutes,
                SpeechHours = settings.SpeechHours,
                HeldOutSpeechHours = settings.HeldOutSpeechHours,
                Prose = ProseLibrary.Files.ToDictionary(p => p.Key.ToString().ToLowerInvariant(), p => p.Value),
                Augmentation = settings.Augmentation,
            },
            DataHash = writer.DataHash(),
        };
        writer.WriteManifest(manifest);
        return manifest;
    }

    private static Dictionary<RecordingKind, List<(string Path, DatasetSplit Split)>> WriteRecordedNegatives(
        SynthesisSettings settings, RecordingCatalogue recordings, ClipAugmenter augmenter, DatasetWriter writer, ParallelOptions options, ISynthesisProgress progress)
    {
        var cutter = new RecordedNegatives(recordings, augmenter, settings.Seed);
        var pieces = new List<RecordedNegatives.Piece>();
        foreach (RecordingKind kind in RecordedNegatives.Kinds)
        {
            writer.CreateFolder(RecordedNegatives.FolderOf(kind).Folder);
            foreach (DatasetSplit split in DatasetPlan.Splits.Where(settings.Splits.Contains)) pieces.AddRange(cutter.Plan(kind, split, settings.RecordedHours));
        }

        var written = new (string Path, DatasetSplit Split)[pieces.Count][];
        progress.Begin(RecordedStage, pieces.Count);
        Parallel.For(0, pieces.Count, options, (int i) =>
        {
            IReadOnlyList<(string Path, short[] Samples)> cut = cutter.Render(pieces[i]);
            foreach ((string path, short[] samples) in cut)
            {
                if (!writer.TryKeep(path)) writer.WriteWav(path, samples);
            }

            written[i] = cut.Select(c => (c.Path, pieces[i].Entry.Split)).ToArray();
            progress.Advance(RecordedStage);
        });
        return RecordedNegatives.Kinds.ToDictionary(
            kind => kind,
            kind => pieces.Select((p, i) => (p, i)).Where(x => x.p.Entry.Kind == kind).SelectMany(x => written[x.i]).ToList());
    }

    private static DatasetManifest.LabelSummary Summarize(string folder, string kind, List<(string Path, DatasetSplit Split)> clips) => new(
        folder, kind, true, LabelSpec.PhraseSeconds,
        clips.Count(c => c.Split == DatasetSplit.Train), clips.Count(c => c.Split == DatasetSplit.Validation), clips.Count(c => c.Split == DatasetSplit.Test));

    private static List<(string Path, DatasetSplit Split)> WriteRunningSpeech(
        SynthesisSettings settings, PhraseLists phrases, ClipSynthesizer synthesizer, ClipAugmenter augmenter, SpeakerSplit split, DatasetWriter writer, ParallelOptions options, ISynthesisProgress progress)
    {
        var clips = new List<(string Path, DatasetSplit Split)>();
        int trainClips = (int)Math.Round(settings.SpeechHours * 3600 / LabelSpec.PhraseSeconds);
        int heldOutClips = (int)Math.Round(settings.HeldOutSpeechHours * 3600 / LabelSpec.PhraseSeconds);
        if (trainClips + heldOutClips == 0) return clips;

        writer.CreateFolder(RunningSpeech.Folder);
        var prose = new ProseLibrary(phrases, DataSourceAllowList.ReadSystemFile);
        var speech = new RunningSpeech(synthesizer, augmenter, prose, split, settings.Seed);
        IReadOnlyList<RunningSpeech.Passage> passages = speech.Plan(new Dictionary<DatasetSplit, int>
        {
            [DatasetSplit.Train] = trainClips,
            [DatasetSplit.Validation] = heldOutClips,
            [DatasetSplit.Test] = heldOutClips,
        }.Where(p => settings.Splits.Contains(p.Key)).ToDictionary());
        var written = new (string Path, DatasetSplit Split)[passages.Count][];
        progress.Begin(SpeechStage, passages.Count);
        Parallel.For(0, passages.Count, options, (int i) =>
        {
            IReadOnlyList<string> kept = RunningSpeech.PathsOf(passages[i]).TakeWhile(writer.TryKeep).ToList();
            if (kept.Count == passages[i].Clips && kept.Count > 0)
            {
                written[i] = kept.Select(p => (p, passages[i].Split)).ToArray();
            }
            else
            {
                IReadOnlyList<(string Path, short[] Samples)> cut = speech.Render(passages[i]);
                foreach ((string path, short[] samples) in cut) writer.WriteWav(path, samples);
                written[i] = cut.Select(c => (c.Path, passages[i].Split)).ToArray();
            }

            progress.Advance(SpeechStage);
        });
        clips.AddRange(written.SelectMany(w => w));
        return clips;
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
