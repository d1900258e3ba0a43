using System.Globalization;

namespace WearableAI.Training.Eval.Peer;

/// <summary>
/// The two searches the peer runs: keyphrase spotting of the wake phrase at several thresholds in one
/// pass, and a closed grammar (JSGF) of the command words, written as files for <see cref="SphinxRecogniser"/>.
/// </summary>
/// <remarks>
/// One decoder pass spots the wake phrase at every threshold: the phrase is listed once per threshold under
/// its own spelling (<c>t3_hey t3_nano</c>), each spelling pronounced like the phrase (CMUdict's first
/// pronunciation), so a detection says which thresholds it passed.
/// </remarks>
public static class SphinxSearches
{
    /// <summary>Keyphrase thresholds (probabilities; lower finds more), strictest first — the range PocketSphinx's documentation suggests.</summary>
    public static readonly IReadOnlyList<double> WakeThresholds = [1e-5, 1e-10, 1e-15, 1e-20, 1e-25, 1e-30, 1e-40, 1e-50];

    /// <summary>
    /// Writes the keyphrase list and its dictionary for <paramref name="phrase"/> into <paramref name="folder"/>;
    /// returns the decoder options, or null with the words CMUdict lacks.
    /// </summary>
    public static IReadOnlyList<string>? WakeSpotting(string phrase, string folder, IReadOnlyDictionary<string, string> pronunciations, out string? missing)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        ArgumentNullException.ThrowIfNull(pronunciations);
        string[] words = Words(phrase);
        missing = Missing(words, pronunciations);
        if (missing != null) return null;
        var dictionary = new List<string>();
        var list = new List<string>();
        for (int k = 0; k < WakeThresholds.Count; k++)
        {
            dictionary.AddRange(words.Select(w => $"{Alias(k, w)} {pronunciations[w]}"));
            list.Add($"{string.Join(' ', words.Select(w => Alias(k, w)))} /{WakeThresholds[k].ToString("0e0", CultureInfo.InvariantCulture)}/");
        }

        string dict = Path.Combine(folder, "wake.dict"), kws = Path.Combine(folder, "wake.kws");
        File.WriteAllLines(dict, dictionary);
        File.WriteAllLines(kws, list);
        return ["-dict", dict, "-kws", kws];
    }

    /// <summary>Per threshold index, the number of detections in a keyphrase hypothesis.</summary>
    public static int[] Detections(string hypothesis, string phrase)
    {
        ArgumentNullException.ThrowIfNull(hypothesis);
        string first = Words(phrase)[0];
        var counts = new int[WakeThresholds.Count];
        foreach (string token in hypothesis.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            for (int k = 0; k < counts.Length; k++)
            {
                if (token == Alias(k, first)) counts[k]++;
            }
        }

        return counts;
    }

    /// <summary>Writes the JSGF grammar "one of the commands" into <paramref name="folder"/>; returns the decoder options, or null with the words CMUdict lacks.</summary>
    public static IReadOnlyList<string>? CommandGrammar(IReadOnlyList<string> commands, string folder, IReadOnlyDictionary<string, string> pronunciations, out string? missing)
    {
        ArgumentNullException.ThrowIfNull(commands);
        ArgumentNullException.ThrowIfNull(pronunciations);
        string[] words = commands.SelectMany(Words).Distinct().ToArray();
        missing = Missing(words, pronunciations);
        if (missing != null) return null;
        string grammar = Path.Combine(folder, "commands.gram");
        File.WriteAllText(grammar, $"#JSGF V1.0;\ngrammar commands;\npublic <command> = {string.Join(" | ", commands.Select(c => string.Join(' ', Words(c))))};\n");
        return ["-dict", SphinxRecogniser.Dictionary, "-jsgf", grammar];
    }

    /// <summary>The first pronunciation of each word of CMUdict (<c>word PH ON ES</c> lines; <c>word(2)</c> variants skipped).</summary>
    public static IReadOnlyDictionary<string, string> ReadDictionary(string path, IEnumerable<string> wanted)
    {
        var want = new HashSet<string>(wanted.SelectMany(Words), StringComparer.Ordinal);
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(path))
        {
            int space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space <= 0) continue;
            string word = line[..space];
            if (want.Contains(word) && !found.ContainsKey(word)) found[word] = line[(space + 1)..].Trim();
        }

        return found;
    }

    private static string[] Words(string phrase) => phrase.ToLowerInvariant().Split([' ', '_'], StringSplitOptions.RemoveEmptyEntries);

    private static string Alias(int threshold, string word) => $"t{threshold}_{word}";

    private static string? Missing(string[] words, IReadOnlyDictionary<string, string> pronunciations)
    {
        string[] absent = words.Where(w => !pronunciations.ContainsKey(w)).ToArray();
        return absent.Length == 0 ? null : string.Join(", ", absent);
    }
}
