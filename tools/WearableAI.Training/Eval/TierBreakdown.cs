using WearableAI.Training.Data;

namespace WearableAI.Training.Eval;

/// <summary>
/// Adds to a tier's report the figures that need per-clip outcomes: command accuracy as the mean over
/// the commands, unknown words rejected, forced-choice accuracy, false accepts per background kind, the
/// human-speech probe, and every figure per engine family and per condition (clean / noisy).
/// </summary>
/// <remarks>A family's false accepts per hour are its own negative clips' accepts over its own clips' hours.</remarks>
public static class TierBreakdown
{
    /// <summary>The report with the breakdown figures filled in; wake and false-accept figures only where the report has them (a peer without keyphrase spotting has none).</summary>
    public static TierReport With(TierReport report, TierOutcome outcome, EvalData data)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(data);
        double threshold = report.Threshold ?? 0.5;
        int[] all = Enumerable.Range(0, data.Clips.Count).ToArray();
        int[] labels = data.Clips.Labels;
        Vocabulary vocabulary = data.Vocabulary;

        GroupFigures Group(string name, Func<int, bool> member)
        {
            int[] clips = all.Where(member).ToArray();
            int[] wake = clips.Where(i => labels[i] == vocabulary.WakeIndex).ToArray();
            int[] negative = clips.Where(i => outcome.ClipHours[i] > 0).ToArray();
            double hours = negative.Sum(i => outcome.ClipHours[i]);
            return new GroupFigures
            {
                Name = name,
                Clips = clips.Length,
                WakeClips = wake.Length,
                WakeMissRate = wake.Length == 0 || report.WakeMissRate is null ? null : Miss(outcome.WakeScores, wake, threshold),
                CommandAccuracyMean = outcome.Decisions is int[] d ? CommandMean(vocabulary, labels, d, clips).Mean : null,
                CommandAccuracyForcedChoice = outcome.ForcedChoices is int[] f ? CommandMean(vocabulary, labels, f, clips).Mean : null,
                UnknownRejected = outcome.Decisions is int[] u ? UnknownRejected(vocabulary, labels, u, clips) : null,
                NegativeClipHours = hours,
                FalseAcceptsPerHour = hours <= 0 || report.FalseAcceptsPerHour is null ? null : negative.Sum(i => outcome.NegativeClipAccepts[i]) / hours,
                Det = report.Det is { } det && wake.Length > 0 ? det.Select(p => p with { MissRate = Miss(outcome.WakeScores, wake, p.Threshold) }).ToArray() : null,
            };
        }

        string[] families = all.Select(i => EngineFamily.Of(data.Clips.Paths[i])).ToArray();
        string[] conditions = all.Select(i => EngineFamily.ConditionOf(data.Clips.Paths[i])).ToArray();
        (double? mean, IReadOnlyDictionary<string, double>? perCommand) = outcome.Decisions is int[] decisions ? CommandMean(vocabulary, labels, decisions, all) : (null, null);
        (double? forcedMean, IReadOnlyDictionary<string, double>? forcedPerCommand) = outcome.ForcedChoices is int[] forced ? CommandMean(vocabulary, labels, forced, all) : (null, null);
        return report with
        {
            CommandAccuracyMean = mean,
            CommandAccuracyPerCommand = perCommand ?? forcedPerCommand,
            CommandAccuracyForcedChoice = forcedMean,
            UnknownRejected = outcome.Decisions is int[] decided ? UnknownRejected(vocabulary, labels, decided, all) : null,
            FalseAcceptsPerHourByKind = report.FalseAcceptsPerHour is null ? null : ByKind(outcome),
            HumanProbe = report.FalseAcceptsPerHour is null ? null : Probe(outcome, all, families),
            Families = families.Distinct().Order(StringComparer.Ordinal).Select(f => Group(f, i => families[i] == f)).ToArray(),
            Conditions = conditions.Contains(EngineFamily.Noisy) ? [Group(EngineFamily.Clean, i => conditions[i] == EngineFamily.Clean), Group(EngineFamily.Noisy, i => conditions[i] == EngineFamily.Noisy)] : null,
        };
    }

    /// <summary>Share of <paramref name="wakeClips"/> whose score is below <paramref name="threshold"/>.</summary>
    public static double Miss(float[] scores, int[] wakeClips, double threshold)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(wakeClips);
        return wakeClips.Length == 0 ? 0 : wakeClips.Count(i => scores[i] < threshold) / (double)wakeClips.Length;
    }

    /// <summary>Per command word among <paramref name="clips"/>, the share decided as that word; and their mean over the words that have clips (null when none has).</summary>
    public static (double? Mean, IReadOnlyDictionary<string, double>? PerCommand) CommandMean(Vocabulary vocabulary, int[] labels, int[] decisions, IEnumerable<int> clips)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(decisions);
        var perCommand = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (IGrouping<int, int> word in clips.Where(i => IsCommand(vocabulary, labels[i])).GroupBy(i => labels[i]))
        {
            perCommand[vocabulary.Labels[word.Key]] = word.Count(i => decisions[i] == word.Key) / (double)word.Count();
        }

        return perCommand.Count == 0 ? (null, null) : (perCommand.Values.Average(), perCommand);
    }

    /// <summary>Share of the unknown-word clips among <paramref name="clips"/> decided as neither wake nor a command; null without unknown clips.</summary>
    public static double? UnknownRejected(Vocabulary vocabulary, int[] labels, int[] decisions, IEnumerable<int> clips)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(decisions);
        int[] unknown = clips.Where(i => labels[i] == vocabulary.UnknownIndex).ToArray();
        return unknown.Length == 0 ? null : unknown.Count(i => decisions[i] == vocabulary.UnknownIndex || decisions[i] == vocabulary.SilenceIndex) / (double)unknown.Length;
    }

    /// <summary>True for the class index of a command word.</summary>
    public static bool IsCommand(Vocabulary vocabulary, int label)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        return label != vocabulary.WakeIndex && label != vocabulary.UnknownIndex && label != vocabulary.SilenceIndex;
    }

    private static IReadOnlyDictionary<string, double>? ByKind(TierOutcome outcome)
    {
        if (outcome.Background.Count == 0) return null;
        return outcome.Background
            .GroupBy(b => BackgroundKind.Of(b.Name))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => PerHour(g.Sum(b => b.Accepts), g.Sum(b => b.Hours)));
    }

    private static HumanProbe? Probe(TierOutcome outcome, int[] all, string[] families)
    {
        var recordings = outcome.Background.Where(b => BackgroundKind.Of(b.Name) == BackgroundKind.Human).ToArray();
        int[] clips = all.Where(i => families[i] == EngineFamily.Human && outcome.ClipHours[i] > 0).ToArray();
        if (recordings.Length == 0 && clips.Length == 0) return null;
        double hours = recordings.Sum(b => b.Hours) + clips.Sum(i => outcome.ClipHours[i]);
        long accepts = recordings.Sum(b => b.Accepts) + clips.Sum(i => (long)outcome.NegativeClipAccepts[i]);
        return new HumanProbe(hours, accepts, PerHour(accepts, hours), recordings.Length, clips.Length);
    }

    private static double PerHour(long accepts, double hours) => hours <= 0 ? 0 : accepts / hours;
}
