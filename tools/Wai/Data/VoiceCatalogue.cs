namespace WearableAI.Tools.Data;

/// <summary>
/// The synthetic speakers espeak-ng offers: every English voice it ships (MBROLA voices are
/// left out, they need the separate mbrola program and data) times every voice variant.
/// </summary>
public sealed class VoiceCatalogue
{
    private VoiceCatalogue(IReadOnlyList<string> voices, IReadOnlyList<string> variants)
    {
        Voices = voices;
        Variants = variants;
        var speakers = new List<Speaker>();
        foreach (string voice in voices)
        {
            foreach (string variant in variants)
            {
                speakers.Add(new Speaker(voice, variant));
            }
        }

        Speakers = speakers;
    }

    /// <summary>English voices (accents), sorted ordinally.</summary>
    public IReadOnlyList<string> Voices { get; }

    /// <summary>Voice variants (timbres), sorted ordinally.</summary>
    public IReadOnlyList<string> Variants { get; }

    /// <summary>Every (voice, variant) combination, voices outer, in sorted order.</summary>
    public IReadOnlyList<Speaker> Speakers { get; }

    /// <summary>Asks espeak-ng for its voices (<c>--voices=en</c>) and variants (<c>--voices=variant</c>).</summary>
    public static VoiceCatalogue Load(EspeakRunner espeak)
    {
        ArgumentNullException.ThrowIfNull(espeak);
        return FromListings(espeak.ListVoices("en"), espeak.ListVoices("variant"));
    }

    /// <summary>Builds the catalogue from the text of the two espeak-ng listings.</summary>
    public static VoiceCatalogue FromListings(string englishListing, string variantListing)
    {
        var voices = new SortedSet<string>(StringComparer.Ordinal);
        var variants = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string[] row in Rows(englishListing))
        {
            // Pty Language Age/Gender VoiceName File …; MBROLA voices live under mb/, variants under !v/.
            string language = row[1];
            string file = row[4];
            if (file.StartsWith("mb/", StringComparison.Ordinal) || file.StartsWith("!v/", StringComparison.Ordinal)) continue;
            if (!language.StartsWith("en", StringComparison.Ordinal)) continue;
            voices.Add(language);
        }

        foreach (string[] row in Rows(variantListing))
        {
            string file = row[4];
            if (file.StartsWith("!v/", StringComparison.Ordinal)) variants.Add(file.Substring(3));
        }

        if (voices.Count == 0 || variants.Count == 0)
        {
            throw new UserFacingException("espeak-ng lists no English voices or no variants: is espeak-ng-data installed completely?");
        }

        return new VoiceCatalogue(voices.ToList(), variants.ToList());
    }

    private static IEnumerable<string[]> Rows(string listing)
    {
        foreach (string line in listing.Split('\n'))
        {
            string[] cells = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (cells.Length < 5 || cells[0] == "Pty") continue;
            yield return cells;
        }
    }
}
