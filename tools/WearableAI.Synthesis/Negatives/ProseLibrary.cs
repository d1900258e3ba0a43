using System.Text.RegularExpressions;
using WearableAI.Synthesis.Voices;
using WearableAI.Tools;

namespace WearableAI.Synthesis.Negatives;

/// <summary>
/// Text for running-speech negatives: packaged prose read by explicit file name (the licence
/// texts of Debian's <c>base-files</c>, on every Debian machine; shared/data-sources.md: "any
/// packaged prose that is not a fortune-cookie file"), each file in one split so that test
/// passages are text training never read, mixed with <see cref="PhraseLists.Sentence"/>'s everyday
/// sentences. Passages never contain the wake phrase.
/// </summary>
public sealed partial class ProseLibrary
{
    /// <summary>The prose files by split (explicit names; all from base-files).</summary>
    public static readonly IReadOnlyDictionary<DatasetSplit, IReadOnlyList<string>> Files = new Dictionary<DatasetSplit, IReadOnlyList<string>>
    {
        [DatasetSplit.Train] = ["/usr/share/common-licenses/GPL-3", "/usr/share/common-licenses/GFDL-1.3", "/usr/share/common-licenses/Apache-2.0", "/usr/share/common-licenses/MPL-2.0", "/usr/share/common-licenses/LGPL-3"],
        [DatasetSplit.Validation] = ["/usr/share/common-licenses/GPL-2", "/usr/share/common-licenses/Artistic"],
        [DatasetSplit.Test] = ["/usr/share/common-licenses/LGPL-2.1", "/usr/share/common-licenses/MPL-1.1", "/usr/share/common-licenses/BSD"],
    };

    private readonly Dictionary<DatasetSplit, string[][]> _words = [];
    private readonly PhraseLists _phrases;

    /// <summary>Reads the prose of every split through <paramref name="read"/> (the allow-list gate).</summary>
    public ProseLibrary(PhraseLists phrases, Func<string, string> read)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        ArgumentNullException.ThrowIfNull(read);
        _phrases = phrases;
        foreach ((DatasetSplit split, IReadOnlyList<string> files) in Files)
        {
            _words[split] = files.Select(f => Words(read(f))).Where(w => w.Length > 0).ToArray();
            if (_words[split].Length == 0) throw new UserFacingException($"no prose for the {split} split: is base-files installed?");
        }
    }

    /// <summary>
    /// A passage of about <paramref name="words"/> words for <paramref name="split"/>: half the time
    /// a stretch of a prose file, else everyday sentences; never with the wake phrase in it.
    /// </summary>
    public string Passage(DatasetSplit split, int words, ClipRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        while (true)
        {
            string passage;
            if (random.Chance(0.5))
            {
                string[] text = random.Pick(_words[split]);
                int start = random.Next(Math.Max(1, text.Length - words));
                passage = string.Join(' ', text.Skip(start).Take(words)) + ".";
            }
            else
            {
                var sentences = new List<string>();
                for (int count = 0; count < words; count += sentences[^1].Split(' ').Length) sentences.Add(_phrases.Sentence(random));
                passage = string.Join(' ', sentences);
            }

            if (!(" " + PhraseLists.Normalize(passage) + " ").Contains(" " + _phrases.WakePhrase + " ", StringComparison.Ordinal)) return passage;
        }
    }

    private static string[] Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant()).Where(w => w.Length < 20).ToArray();

    [GeneratedRegex("[A-Za-z][A-Za-z']*")]
    private static partial Regex WordPattern();
}
