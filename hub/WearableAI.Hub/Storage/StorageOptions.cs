using System.ComponentModel.DataAnnotations;

namespace WearableAI.Hub.Storage;

/// <summary>Where the hub keeps its data (configuration section <c>Hub:Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string Section = "Hub:Storage";

    /// <summary>Folder of the SQLite database and generated files; empty = the user's local application data folder.</summary>
    public string DataFolder { get; set; } = "";

    /// <summary>Events older than this many days are deleted.</summary>
    [Range(1, 3650, ErrorMessage = "Hub:Storage:EventRetentionDays must be between 1 and 3650 days.")]
    public int EventRetentionDays { get; set; } = 30;

    /// <summary>The data folder with the default applied.</summary>
    public string ResolvedDataFolder => string.IsNullOrWhiteSpace(DataFolder)
        ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "wearableai-hub")
        : Path.GetFullPath(DataFolder);
}
