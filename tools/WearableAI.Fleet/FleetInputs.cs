using System.Text.Json;
using System.Text.Json.Serialization;
using WearableAI.Tools;

namespace WearableAI.Fleet;

/// <summary>What `wai fleet` and `wai bench` load before a fleet run: the models folder, the watch model blob and the clips.</summary>
/// <param name="ModelsFolder">Folder with hub.onnx, manifest.json, watch.waim, clips/.</param>
/// <param name="ModelBlob">watch.waim.</param>
/// <param name="Clips">The clips.</param>
public sealed record FleetInputs(string ModelsFolder, byte[] ModelBlob, ClipLibrary Clips)
{
    /// <summary>JSON of the reports (NaN allowed, camelCase, indented).</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Loads from <paramref name="models"/> (default: the repository's models/) and <paramref name="clips"/> (default: models/clips).</summary>
    public static FleetInputs Load(string? models, string? clips)
    {
        string folder = Path.GetFullPath(models ?? Path.Combine(RepositoryRoot.Find(), "models"));
        string blob = Path.Combine(folder, "watch.waim");
        if (!File.Exists(blob))
        {
            throw new UserFacingException($"no watch model {blob} (--models DIR)");
        }

        try
        {
            return new FleetInputs(folder, File.ReadAllBytes(blob), ClipLibrary.Load(clips ?? Path.Combine(folder, "clips")));
        }
        catch (Exception e) when (e is DirectoryNotFoundException or InvalidDataException)
        {
            throw new UserFacingException(e.Message);
        }
    }

    /// <summary>Starts a hub on <paramref name="models"/>, or connects to a running one.</summary>
    public static async Task<FleetHub> HubAsync(string? api, string? broker, string models)
    {
        if (api is null != broker is null)
        {
            throw new UserFacingException("--hub and --broker go together (the REST API provisions devices, the broker carries their frames)");
        }

        if (api is not null)
        {
            if (!Uri.TryCreate(api, UriKind.Absolute, out Uri? apiUri) || !Uri.TryCreate(broker, UriKind.Absolute, out Uri? brokerUri) || brokerUri.Scheme != "mqtt")
            {
                throw new UserFacingException("--hub http://host:port and --broker mqtt://host:port");
            }

            return FleetHub.Connect(apiUri, brokerUri);
        }

        Progress($"starting the hub (models {models})");
        return await FleetHub.StartAsync(models);
    }

    /// <summary>Prints a timestamped progress line.</summary>
    public static void Progress(string line) => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {line}");
}
