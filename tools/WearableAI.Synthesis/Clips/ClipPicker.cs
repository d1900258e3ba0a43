using WearableAI.Tools;

namespace WearableAI.Synthesis.Clips;

/// <summary>
/// Picks the shipped clips from a <c>wai data synth</c> dataset's test split (voices never used in
/// training): one speaker (espeak-ng voice + variant) with a clean "hey nano" and "stop", and for
/// every other phrase the cleanest clip of the same voice, else of any test voice.
/// </summary>
public sealed class ClipPicker
{
    private readonly string _dataset;
    private readonly string[] _listed;

    /// <summary>Reads <c>testing_list.txt</c> of <paramref name="dataset"/>.</summary>
    public ClipPicker(string dataset)
    {
        string list = Path.Combine(dataset, "testing_list.txt");
        if (!File.Exists(list))
        {
            throw new UserFacingException($"{list} not found; make the dataset first: wai data synth --small --out {dataset}");
        }

        _dataset = dataset;
        _listed = File.ReadAllLines(list);
    }

    /// <summary>
    /// The speaker (voice+variant) whose wake and <paramref name="command"/> clips are together the cleanest;
    /// when no test speaker said both, the speaker of the cleanest wake clip.
    /// </summary>
    public string PickSpeaker(string wakeLabel, string command)
    {
        string? best = null;
        double bestScore = double.MinValue;
        foreach (string wake in Listed(wakeLabel, null))
        {
            string speaker = Speaker(wake);
            string? stop = Listed(command, null).FirstOrDefault(s => Speaker(s) == speaker);
            if (stop is null)
            {
                continue;
            }

            double score = Math.Min(Cleanliness(wake), Cleanliness(stop));
            if (score > bestScore)
            {
                (best, bestScore) = (speaker, score);
            }
        }

        if (best is not null)
        {
            return best;
        }

        // Small datasets: no test speaker said both; take the speaker of the cleanest wake clip.
        string? cleanest = Listed(wakeLabel, null).DefaultIfEmpty().MaxBy(c => c is null ? double.MinValue : Cleanliness(c));
        return cleanest is null
            ? throw new UserFacingException($"{_dataset}: no {wakeLabel} clip in the test split")
            : Speaker(cleanest);
    }

    /// <summary>
    /// The cleanest test clip of <paramref name="folder"/> (optionally only file names containing
    /// <paramref name="nameContains"/>) by <paramref name="speaker"/>, else by the same espeak-ng voice, else by anyone.
    /// </summary>
    /// <returns>The clip's path, or null when the test split has none.</returns>
    public string? Pick(string folder, string speaker, string? nameContains = null)
    {
        string[] all = [.. Listed(folder, nameContains)];
        if (all.Length == 0)
        {
            return null;
        }

        string voice = speaker.Split('+')[0];
        foreach (Func<string, bool> choice in new Func<string, bool>[] { c => Speaker(c) == speaker, c => Speaker(c).Split('+')[0] == voice, _ => true })
        {
            string[] candidates = [.. all.Where(choice)];
            if (candidates.Length > 0)
            {
                return Path.Combine(_dataset, candidates.MaxBy(Cleanliness)!);
            }
        }

        throw new InvalidOperationException("unreachable: the last choice accepts every clip");
    }

    private IEnumerable<string> Listed(string folder, string? nameContains) =>
        _listed.Where(l => l.StartsWith(folder + "/", StringComparison.Ordinal)
            && (nameContains is null || Path.GetFileName(l).Contains(nameContains, StringComparison.Ordinal)));

    private static string Speaker(string listed) => Path.GetFileName(listed).Split("_nohash_")[0];

    /// <summary>Loudest over quietest 10 ms block energy, in dB: high for a clean clip, low when noise was mixed in.</summary>
    private double Cleanliness(string listed)
    {
        short[] pcm = PhraseClip.Read(Path.Combine(_dataset, listed));
        const int Block = PhraseClip.SampleRate / 100;
        double loudest = 1, quietest = double.MaxValue;
        for (int b = 0; b + Block <= pcm.Length; b += Block)
        {
            double sum = 1;
            for (int i = b; i < b + Block; i++)
            {
                sum += (double)pcm[i] * pcm[i];
            }

            loudest = Math.Max(loudest, sum);
            quietest = Math.Min(quietest, sum);
        }

        return 10 * Math.Log10(loudest / quietest);
    }
}
