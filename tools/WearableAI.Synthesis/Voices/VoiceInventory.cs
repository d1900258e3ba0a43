using WearableAI.Tools;

namespace WearableAI.Synthesis.Voices;

/// <summary>
/// Checks that the voices the catalogue names are installed — looking only at each named voice's
/// own data folder, never listing a system folder — and says which package brings a missing one.
/// </summary>
public static class VoiceInventory
{
    /// <summary>The data folder whose presence shows a voice is installed (espeak-ng's own voices are checked by running it).</summary>
    public static string? DataFolder(Speaker speaker)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        return speaker.Engine switch
        {
            VoiceEngine.Mbrola => $"/usr/share/mbrola/{speaker.Voice}",
            VoiceEngine.RHVoice => $"/usr/share/RHVoice/voices/{speaker.Voice}",
            VoiceEngine.Festival => $"/usr/share/festival/voices/{(VoiceCatalogue.IsItalian(speaker) ? "italian" : "english")}/{speaker.Voice}_diphone",
            _ => null,
        };
    }

    /// <summary>The Debian package that installs a voice.</summary>
    public static string Package(Speaker speaker)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        return speaker.Engine switch
        {
            VoiceEngine.Espeak => "espeak-ng",
            VoiceEngine.Mbrola => "mbrola-" + speaker.Voice,
            VoiceEngine.RHVoice => "rhvoice-english",
            VoiceEngine.Festival => speaker.Voice switch
            {
                "rab" => "festvox-rablpc16k",
                "don" => "festvox-don",
                "lp" => "festvox-italp16k",
                _ => "festvox-itapc16k",
            },
            _ => throw new ArgumentOutOfRangeException(nameof(speaker)),
        };
    }

    /// <summary>Throws a <see cref="UserFacingException"/> naming the packages of every missing voice.</summary>
    public static void RequireInstalled(IEnumerable<Speaker> speakers)
    {
        ArgumentNullException.ThrowIfNull(speakers);
        string[] missing = speakers
            .Where(s => DataFolder(s) is string folder && !Directory.Exists(folder))
            .Select(Package)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (missing.Length > 0)
        {
            throw new UserFacingException(
                $"voices missing: install {string.Join(' ', missing)} (Debian contrib/non-free; scripts/lib/system-packages.sh does it as root)");
        }
    }
}
