using WearableAI.Training.Data;

namespace WearableAI.Training.Eval.Peer;

/// <summary>
/// The peer baseline of <c>wai eval --peer</c>: PocketSphinx (<see cref="SphinxRecogniser"/>), a recogniser
/// trained on real speech, on the same clips and held-out background as our tiers. Wake: keyphrase
/// spotting at every threshold of <see cref="SphinxSearches.WakeThresholds"/> (a DET table, miss vs false
/// accepts per hour over the negative clips and the background). Commands: a closed grammar of the
/// command words, so every command clip gets one of them (forced choice, mean over the commands). The
/// figures are reported as a tier named <c>pocketsphinx</c>, per engine family too.
/// </summary>
public static class PeerEvaluation
{
    /// <summary>Tier name of the peer in the report.</summary>
    public const string Name = "pocketsphinx";

    /// <summary>The false accepts per hour the operating threshold is chosen for (the cascade's budget).</summary>
    public const double OperatingFalseAcceptsPerHour = Budgets.CascadeFalseAcceptsPerHour;

    /// <summary>Runs the peer; null with a note in <paramref name="notes"/> when it cannot run.</summary>
    /// <param name="data">The evaluation data (its dataset gives the clips' audio).</param>
    /// <param name="background">Background recordings (dataset-relative path) and the first sample of their held-out part.</param>
    /// <param name="recogniser">The decoder runner.</param>
    /// <param name="progress">Progress.</param>
    /// <param name="notes">Where a reason for skipping a part goes.</param>
    public static TierReport? Run(EvalData data, IReadOnlyList<(string Path, int FirstSample)> background, SphinxRecogniser recogniser, IWorkProgress progress, IList<string> notes)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(background);
        ArgumentNullException.ThrowIfNull(recogniser);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(notes);
        if (SphinxRecogniser.Unavailable() is string why)
        {
            notes.Add($"peer skipped: {why}");
            return null;
        }

        DatasetFolder dataset = data.Dataset ?? throw new ArgumentException("the peer needs the dataset's audio", nameof(data));
        Vocabulary vocabulary = data.Vocabulary;
        int rate = data.Settings.SampleRate;
        string folder = Directory.CreateTempSubdirectory("wai-peer-").FullName;
        try
        {
            var pronunciations = SphinxSearches.ReadDictionary(SphinxRecogniser.Dictionary, [vocabulary.WakePhrase, .. vocabulary.Commands]);
            IReadOnlyList<string>? spotting = SphinxSearches.WakeSpotting(vocabulary.WakePhrase, folder, pronunciations, out string? missingWake);
            IReadOnlyList<string>? grammar = SphinxSearches.CommandGrammar(vocabulary.Commands, folder, pronunciations, out string? missingCommands);
            if (spotting is null) notes.Add($"peer: no keyphrase spotting — CMUdict lacks {missingWake}");
            if (grammar is null) notes.Add($"peer: no command grammar — CMUdict lacks {missingCommands}");
            if (spotting is null && grammar is null) return null;

            int count = data.Clips.Count;
            var clipSeconds = new double[count];
            var spotted = new List<(string Id, double Seconds)>();
            var commandClips = new List<(string Id, double Seconds)>();
            progress.Begin("peer: writing audio", count + background.Count);
            for (int i = 0; i < count; i++)
            {
                short[] samples = PeerAudio.Read(dataset.PathOf(data.Clips.Paths[i]), rate);
                clipSeconds[i] = PeerAudio.Write(folder, $"c{i}", samples, 0, samples.Length, pad: true, rate);
                spotted.Add(($"c{i}", clipSeconds[i]));
                if (TierBreakdown.IsCommand(vocabulary, data.Clips.Labels[i]))
                {
                    PeerAudio.Write(folder, $"g{i}", samples, 0, samples.Length, pad: false, rate);
                    commandClips.Add(($"g{i}", clipSeconds[i]));
                }

                progress.Advance(1);
            }

            var pieces = new List<(int Recording, string Id)>();
            var recordingHours = new double[background.Count];
            for (int r = 0; r < background.Count; r++)
            {
                short[] samples = PeerAudio.Read(dataset.PathOf(background[r].Path), rate);
                int piece = (int)(PeerAudio.PieceSeconds * rate);
                for (int first = background[r].FirstSample, p = 0; first < samples.Length; first += piece, p++)
                {
                    string id = $"b{r}_{p}";
                    double seconds = PeerAudio.Write(folder, id, samples, first, Math.Min(piece, samples.Length - first), pad: false, rate);
                    recordingHours[r] += seconds / 3600;
                    spotted.Add((id, seconds));
                    pieces.Add((r, id));
                }

                progress.Advance(1);
            }

            var report = new TierReport { Name = Name };
            var wakeScores = Enumerable.Repeat(float.NegativeInfinity, count).ToArray();
            var clipAccepts = new int[count];
            var clipHours = new double[count];
            var backgroundOutcome = new List<(string, double, long)>();
            if (spotting != null)
            {
                var hyps = recogniser.Decode(folder, spotted, spotting, $"peer: {Name} spotting \"{vocabulary.WakePhrase}\" at {SphinxSearches.WakeThresholds.Count} thresholds (s of audio)", progress);
                (report, int chosen) = Spotting(data, background, hyps, pieces, recordingHours, clipSeconds, wakeScores);
                int[][] clipCounts = Enumerable.Range(0, count).Select(i => SphinxSearches.Detections(hyps[$"c{i}"], vocabulary.WakePhrase)).ToArray();
                for (int i = 0; i < count; i++)
                {
                    if (data.Clips.Labels[i] == vocabulary.WakeIndex) continue;
                    clipAccepts[i] = clipCounts[i][chosen];
                    clipHours[i] = clipSeconds[i] / 3600;
                }

                for (int r = 0; r < background.Count; r++)
                {
                    long accepts = pieces.Where(p => p.Recording == r).Sum(p => (long)SphinxSearches.Detections(hyps[p.Id], vocabulary.WakePhrase)[chosen]);
                    backgroundOutcome.Add((background[r].Path, recordingHours[r], accepts));
                }
            }

            int[]? choices = null;
            if (grammar != null)
            {
                var hyps = recogniser.Decode(folder, commandClips, grammar, $"peer: {Name} closed grammar of the {vocabulary.Commands.Count} commands (s of audio)", progress);
                choices = Enumerable.Range(0, count)
                    .Select(i => hyps.TryGetValue($"g{i}", out string? text) ? Array.IndexOf(vocabulary.Labels.ToArray(), text.Replace(' ', '_')) : -1)
                    .ToArray();
            }

            report = report with
            {
                Note = $"{Name} (Debian {SphinxRecogniser.Packages}), evaluation only: keyphrase spotting of \"{vocabulary.WakePhrase}\"; thresholds are log10 of the keyphrase threshold, "
                    + $"the operating one the lowest miss at ≤ {OperatingFalseAcceptsPerHour} FA/h on this very data (chosen on it: optimistic for the peer); "
                    + "commands: closed grammar of the command words, forced choice",
            };
            return TierBreakdown.With(report, new TierOutcome(wakeScores, null, choices, clipAccepts, clipHours, backgroundOutcome), data);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (TierReport Report, int Chosen) Spotting(EvalData data, IReadOnlyList<(string Path, int FirstSample)> background, IReadOnlyDictionary<string, string> hyps, List<(int Recording, string Id)> pieces, double[] recordingHours, double[] clipSeconds, float[] wakeScores)
    {
        IReadOnlyList<double> thresholds = SphinxSearches.WakeThresholds;
        string phrase = data.Vocabulary.WakePhrase;
        int[] wake = data.WakeClips;
        var negativeCounts = new long[thresholds.Count];
        var backgroundCounts = new long[thresholds.Count];
        double negativeHours = 0;
        for (int i = 0; i < data.Clips.Count; i++)
        {
            int[] counts = SphinxSearches.Detections(hyps[$"c{i}"], phrase);
            if (data.Clips.Labels[i] == data.Vocabulary.WakeIndex)
            {
                int strictest = Array.FindIndex(counts, c => c > 0);
                if (strictest >= 0) wakeScores[i] = (float)LogThreshold(strictest);
                continue;
            }

            negativeHours += clipSeconds[i] / 3600;
            for (int k = 0; k < counts.Length; k++) negativeCounts[k] += counts[k];
        }

        foreach ((_, string id) in pieces)
        {
            int[] counts = SphinxSearches.Detections(hyps[id], phrase);
            for (int k = 0; k < counts.Length; k++) backgroundCounts[k] += counts[k];
        }

        double backgroundHours = recordingHours.Sum();
        double[] logThresholds = Enumerable.Range(0, thresholds.Count).Select(LogThreshold).ToArray();
        int IndexOf(double t) => Array.IndexOf(logThresholds, t);
        double Miss(double t) => TierBreakdown.Miss(wakeScores, wake, t);
        double Fa(double t) => PerHour(negativeCounts[IndexOf(t)] + backgroundCounts[IndexOf(t)], negativeHours + backgroundHours);
        IReadOnlyList<DetPoint> det = DetCurve.Sweep(logThresholds, Miss, Fa);
        DetPoint[] within = det.Where(p => p.FalseAcceptsPerHour <= OperatingFalseAcceptsPerHour).ToArray();
        DetPoint chosen = within.Length > 0 ? within.OrderBy(p => p.MissRate).ThenByDescending(p => p.Threshold).First() : det.OrderByDescending(p => p.Threshold).First();
        int k0 = IndexOf(chosen.Threshold);
        var report = new TierReport
        {
            Name = Name,
            Threshold = chosen.Threshold,
            WakeMissRate = chosen.MissRate,
            FalseAcceptsPerHour = chosen.FalseAcceptsPerHour,
            FalseAcceptsPerHourBackground = background.Count == 0 ? null : PerHour(backgroundCounts[k0], backgroundHours),
            FalseAcceptsPerHourNegativeClips = PerHour(negativeCounts[k0], negativeHours),
            Det = det,
        };
        return (report, k0);
    }

    /// <summary>The reported threshold of keyphrase threshold <paramref name="index"/>: its log10, a whole number (−5 … −50).</summary>
    public static double LogThreshold(int index) => Math.Round(Math.Log10(SphinxSearches.WakeThresholds[index]));

    private static double PerHour(long accepts, double hours) => hours <= 0 ? 0 : accepts / hours;
}
