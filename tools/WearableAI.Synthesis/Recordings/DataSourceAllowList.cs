using WearableAI.Synthesis.Negatives;
using WearableAI.Synthesis.Voices;

namespace WearableAI.Synthesis.Recordings;

/// <summary>
/// Everything the data pipeline may read from outside its own output, by explicit name
/// (../shared/data-sources.md): package folders inside each package's extracted tree, a few
/// system files, and the synthetic voices. <see cref="PackageFileGate"/> refuses any other path;
/// a test runs the catalogue and checks every path it read against this list.
/// </summary>
public static class DataSourceAllowList
{
    /// <summary>Recordings: folders (or single files) inside each package's extracted tree.</summary>
    public static readonly IReadOnlyList<AllowedPackagePath> Recordings =
    [
        new("tuxpaint-stamps-default", "usr/share/tuxpaint/stamps/", ".ogg"),
        new("ktuberling-data", "usr/share/ktuberling/sounds/", ""),
        new("hedgewars-data", "usr/share/games/hedgewars/Data/Sounds/", ".ogg"),
        new("hedgewars-data", "usr/share/games/hedgewars/Data/Music/", ".ogg"),
        new("megaglest-data", "usr/share/games/megaglest/techs/megapack/factions/", ""),
        new("megaglest-data", "usr/share/games/megaglest/tilesets/", ""),
        new("megaglest-data", "usr/share/games/megaglest/data/core/", ""),
        new("warzone2100-data", "usr/share/games/warzone2100/base.wz", ""),
        new("codec2-examples", "usr/share/codec2/wav/", ".wav"),
        new("alsa-utils", "usr/share/sounds/alsa/", ".wav"),
        new("wesnoth-1.16-music", "usr/share/games/wesnoth/1.16/data/core/music/", ".ogg"),
        new("supertuxkart-data", "usr/share/games/supertuxkart/data/music/", ".ogg"),
        new("supertuxkart-data", "usr/share/games/supertuxkart/data/sfx/", ".ogg"),
        new("lmms-common", "usr/share/lmms/samples/", ""),
        new("hydrogen-drumkits", "usr/share/hydrogen/data/drumkits/", ""),
        new("guitarix-common", "usr/share/gx_head/sounds/greathall.wav", ""),
        new("rakarrack", "usr/share/rakarrack/", ".rvb"),
    ];

    /// <summary>
    /// System files read by name: the General MIDI sound font fluidsynth renders music with, and
    /// the packaged prose the engines read as running speech (<see cref="ProseLibrary.Files"/>).
    /// </summary>
    public static readonly IReadOnlyList<string> SystemFiles =
    [
        "/usr/share/sounds/sf2/FluidR3_GM.sf2",
        .. ProseLibrary.Files.Values.SelectMany(f => f),
    ];

    // ── Synthetic voices ────────────────────────────────────────────────────────────────────

    /// <summary>
    /// Synthetic voices the pipeline may use, by speaker id (<c>engine.voice[+variant]</c>): exactly
    /// the voice catalogue, whose names the voice tests check against ../shared/data-sources.md.
    /// </summary>
    public static readonly IReadOnlyList<string> AllowedVoices = [.. VoiceCatalogue.AllSpeakers.Select(s => s.Id)];

    /// <summary>Reads an allowed system file's text; any other path is refused with the reason.</summary>
    /// <exception cref="DataSourceRefusedException">The path is not one of <see cref="SystemFiles"/>.</exception>
    public static string ReadSystemFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!SystemFiles.Contains(Path.GetFullPath(path), StringComparer.Ordinal))
        {
            throw new DataSourceRefusedException($"'{path}' is not on the data-source allow-list: not one of the system files read by name (../shared/data-sources.md)");
        }

        return File.ReadAllText(path);
    }

    /// <summary>The packages whose trees may be read.</summary>
    public static IEnumerable<string> Packages => Recordings.Select(r => r.Package).Distinct(StringComparer.Ordinal);

    /// <summary>
    /// Null when <paramref name="path"/> may be read, else why not. <paramref name="treesFolder"/>
    /// is the folder holding one extracted tree per package (<c>&lt;cache&gt;/trees</c>). A path
    /// inside a zip archive is written <c>archive!entry</c>; the archive is what is checked.
    /// </summary>
    public static string? Refusal(string path, string treesFolder)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(treesFolder);
        int bang = path.IndexOf('!', StringComparison.Ordinal);
        string file = Path.GetFullPath(bang >= 0 ? path[..bang] : path);
        if (SystemFiles.Contains(file, StringComparer.Ordinal)) return null;

        string relative = Path.GetRelativePath(Path.GetFullPath(treesFolder), file).Replace('\\', '/');
        if (relative.StartsWith("../", StringComparison.Ordinal) || relative == ".." || Path.IsPathRooted(relative))
        {
            return $"'{path}' is not on the data-source allow-list: it is neither inside an extracted package tree ({treesFolder}) nor one of the allowed system files (../shared/data-sources.md)";
        }

        int slash = relative.IndexOf('/', StringComparison.Ordinal);
        string package = slash < 0 ? relative : relative[..slash];
        string inTree = slash < 0 ? string.Empty : relative[(slash + 1)..];
        if (!Recordings.Any(r => r.Package == package))
        {
            return $"'{path}' is not on the data-source allow-list: package '{package}' is not an allowed source (../shared/data-sources.md)";
        }

        if (!Recordings.Any(r => r.Package == package && r.Allows(inTree)))
        {
            return $"'{path}' is not on the data-source allow-list: '{inTree}' is outside the allowed folders of package '{package}' ({string.Join(", ", Recordings.Where(r => r.Package == package).Select(r => r.PathPrefix + "*" + r.Suffix))})";
        }

        return null;
    }
}
