using System.Globalization;
using System.Text;
using WearableAI.Tools;

namespace WearableAI.Synthesis;

/// <summary>
/// What the synthetic speakers say: the wake phrase, the ten command words, negatives that
/// sound like the wake phrase (built from the wake phrase itself plus a fixed list), other
/// words, and random sentences for background speech. Everything is derived from the wake
/// phrase text, so a new wake phrase needs no hand-made lists.
/// </summary>
public sealed class PhraseLists
{
    /// <summary>The ten Google Speech Commands core words (DESIGN.md default vocabulary).</summary>
    public static readonly IReadOnlyList<string> CommandWords = ["yes", "no", "up", "down", "left", "right", "on", "off", "stop", "go"];

    private static readonly string[] FixedConfusables =
    [
        "hey mario", "nano", "hey", "banana", "hello", "hey now", "piano", "hey man", "hey nana", "nanny",
        "hey there", "okay", "hey no", "a nano", "hey neighbour", "hey mama", "hey dano", "nacho", "hey you",
    ];

    private static readonly string[] Onsets = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "ch", "sh", "br", "st"];
    private static readonly string[] FirstWordSwaps = ["hey", "hi", "say", "okay", "a", "hay", "the", "day"];

    private static readonly string[] OtherWords =
    [
        "bed", "bird", "cat", "dog", "eight", "five", "four", "happy", "house", "marvin", "nine", "one",
        "seven", "sheila", "six", "three", "tree", "two", "wow", "zero", "backward", "forward", "follow",
        "learn", "visual", "music", "weather", "tomorrow", "lights", "volume", "timer", "coffee", "window",
        "phone", "water", "morning", "later", "maybe", "thanks", "please", "what time is it", "turn it up",
        "good night", "call mom", "open the door", "play some music", "set a timer", "how are you",
    ];

    private static readonly string[] Subjects = ["the cat", "my friend", "a small dog", "the teacher", "everyone", "the old man", "she", "we", "they", "the kids"];
    private static readonly string[] Verbs = ["walked to", "looked at", "talked about", "found", "painted", "cleaned", "forgot", "remembered", "bought", "visited"];
    private static readonly string[] Objects = ["the red car", "a quiet garden", "the kitchen", "some fresh bread", "the river", "an open window", "the market", "a long letter", "the station", "the blue house"];
    private static readonly string[] Tails = ["yesterday", "this morning", "after lunch", "in the rain", "before the meeting", "again", "last week", "on the weekend", "very slowly", "with a smile"];

    /// <summary>Builds the lists for a wake phrase such as "hey nano".</summary>
    public PhraseLists(string wakePhrase)
    {
        WakePhrase = Normalize(wakePhrase);
        if (WakePhrase.Length == 0 || WakePhrase.Any(c => !(char.IsAsciiLetterLower(c) || c == ' ' || c == '\'')))
        {
            throw new UserFacingException($"wake phrase \"{wakePhrase}\" must be English words made of letters a–z");
        }

        if (CommandWords.Contains(WakePhrase))
        {
            throw new UserFacingException($"wake phrase \"{WakePhrase}\" is one of the command words");
        }

        WakeLabel = WakePhrase.Replace(' ', '_').Replace("'", string.Empty, StringComparison.Ordinal);
        Confusables = MakeConfusables(WakePhrase);
        var taken = new HashSet<string>(Confusables.Concat(CommandWords).Append(WakePhrase), StringComparer.Ordinal);
        UnknownWords = OtherWords.Where(w => !taken.Contains(w)).ToList();
    }

    /// <summary>The wake phrase, lower case, single spaces.</summary>
    public string WakePhrase { get; }

    /// <summary>Its folder name: "hey nano" → <c>hey_nano</c>.</summary>
    public string WakeLabel { get; }

    /// <summary>Phrases that sound like the wake phrase but are not it (sorted, distinct).</summary>
    public IReadOnlyList<string> Confusables { get; }

    /// <summary>Other words and short phrases, none of them a command, the wake phrase or a confusable.</summary>
    public IReadOnlyList<string> UnknownWords { get; }

    /// <summary>A random everyday sentence that never contains the wake phrase.</summary>
    public string Sentence(ClipRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        while (true)
        {
            string sentence = random.Next(4) switch
            {
                0 => $"{random.Pick(Subjects)} {random.Pick(Verbs)} {random.Pick(Objects)} {random.Pick(Tails)}.",
                1 => $"{random.Pick(Subjects)} {random.Pick(Verbs)} {random.Pick(Objects)}, and then {random.Pick(Subjects)} {random.Pick(Verbs)} {random.Pick(Objects)}.",
                2 => $"did {random.Pick(Subjects)} say {random.Pick(OtherWords)} {random.Pick(Tails)}?",
                _ => $"{random.Pick(OtherWords)}, {random.Pick(OtherWords)}, {random.Pick(Subjects)} {random.Pick(Verbs)} {random.Pick(Objects)}.",
            };
            if (!(" " + Normalize(sentence) + " ").Contains(" " + WakePhrase + " ", StringComparison.Ordinal)) return sentence;
        }
    }

    /// <summary>Lower case, letters/apostrophes/spaces, single spaces.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder();
        foreach (char c in text.Trim().ToLower(CultureInfo.InvariantCulture))
        {
            char d = char.IsAsciiLetterLower(c) || c == '\'' ? c : char.IsWhiteSpace(c) || c == ',' || c == '.' || c == '!' || c == '?' ? ' ' : c;
            if (d == ' ' && (builder.Length == 0 || builder[^1] == ' ')) continue;
            builder.Append(d);
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>A file-name-safe form of a phrase: "hey mario" → <c>hey-mario</c>.</summary>
    public static string Slug(string phrase) => Normalize(phrase).Replace(' ', '-').Replace("'", string.Empty, StringComparison.Ordinal);

    private static List<string> MakeConfusables(string wake)
    {
        string[] words = wake.Split(' ');
        var result = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string fixedOne in FixedConfusables) result.Add(fixedOne);

        // Each wake word alone, and each wake word with its onset swapped (near-rhymes: nano → mano, jarvis → carvis).
        for (int w = 0; w < words.Length; w++)
        {
            if (words.Length > 1) result.Add(words[w]);
            foreach (string rhyme in NearRhymes(words[w]))
            {
                string[] swapped = (string[])words.Clone();
                swapped[w] = rhyme;
                result.Add(string.Join(' ', swapped));
                if (words.Length > 1) result.Add(rhyme);
            }
        }

        // The phrase with another first word ("hi nano", "okay nano"), and the first word with a common second word.
        if (words.Length > 1)
        {
            string rest = string.Join(' ', words.Skip(1));
            foreach (string first in FirstWordSwaps) result.Add(first + " " + rest);
            foreach (string second in new[] { "now", "man", "there", "no", "you" }) result.Add(words[0] + " " + second);
        }

        result.Remove(wake);
        return result.ToList();
    }

    private static IEnumerable<string> NearRhymes(string word)
    {
        int vowel = word.IndexOfAny(['a', 'e', 'i', 'o', 'u', 'y'], word.Length > 1 && word[0] == 'y' ? 1 : 0);
        if (vowel < 0) yield break;
        string rime = word.Substring(vowel);
        string onset = word.Substring(0, vowel);
        foreach (string candidate in Onsets)
        {
            if (candidate != onset) yield return candidate + rime;
        }
    }
}
