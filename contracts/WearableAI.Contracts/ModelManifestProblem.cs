namespace WearableAI.Contracts;

/// <summary>Why a manifest could not be read (<see cref="ModelManifestException.Problem"/>).</summary>
public enum ModelManifestProblem
{
    /// <summary>There is no manifest: no models shipped yet.</summary>
    Missing,

    /// <summary>The file is not JSON, or a field has the wrong JSON type or is missing.</summary>
    Malformed,

    /// <summary>The manifest has another <see cref="ModelManifest.SchemaVersion"/> than this code reads.</summary>
    Incompatible,

    /// <summary>The JSON is well formed but a value breaks a rule (a label twice, a threshold above 1 …).</summary>
    Invalid,
}
