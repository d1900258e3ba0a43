namespace WearableAI.Synthesis.Recordings;

/// <summary>
/// One family of recordings taken from one Debian package: which files (an explicit
/// <see cref="FileRule"/>), what they hold and the split they belong to. A whole source lives
/// in one split, so validation and test hear recordings (and speakers) training never heard.
/// </summary>
/// <param name="Name">Family name, e.g. <c>hedgewars-data/voices</c>; reported per entry as its source.</param>
/// <param name="Package">The Debian package (extracted, never installed).</param>
/// <param name="Kind">What the files hold.</param>
/// <param name="Split">The split every file of the family belongs to.</param>
/// <param name="Files">Which files of the package tree.</param>
public sealed record RecordingSource(string Name, string Package, RecordingKind Kind, DatasetSplit Split, FileRule Files);
