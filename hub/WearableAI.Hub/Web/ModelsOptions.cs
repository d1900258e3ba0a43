namespace WearableAI.Hub.Web;

/// <summary>Where the hub finds shipped models (configuration section <c>Hub:Models</c>).</summary>
public sealed class ModelsOptions
{
    public const string Section = "Hub:Models";

    /// <summary>Folder holding <c>manifest.json</c> and the model files; empty = <c>models/</c> in the data folder.</summary>
    public string Folder { get; set; } = "";

    /// <summary>The folder with the default applied.</summary>
    public string Resolve(string dataFolder) =>
        string.IsNullOrWhiteSpace(Folder) ? Path.Combine(dataFolder, "models") : Path.GetFullPath(Folder);
}
