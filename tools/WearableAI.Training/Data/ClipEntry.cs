namespace WearableAI.Training.Data;

/// <summary>One labelled clip of the dataset.</summary>
/// <param name="RelativePath">Path under the dataset folder with forward slashes (<c>yes/abc_nohash_00001.wav</c>).</param>
/// <param name="Folder">Its label folder.</param>
/// <param name="Label">Class index in the <see cref="Vocabulary"/>.</param>
/// <param name="Split">Train, validation or test, from the split lists.</param>
public sealed record ClipEntry(string RelativePath, string Folder, int Label, DataSplit Split);
