namespace WearableAI.Hub.Inference;

/// <summary>
/// What the hub needs to know about <c>hub.onnx</c>, read from <c>manifest.json</c> beside it
/// (see <see cref="ModelManifestReader"/> for the JSON and its defaults).
/// </summary>
/// <param name="Version">Model version as the training wrote it (text), "unversioned" if absent.</param>
/// <param name="Vocabulary">Labels in the order of the model's output.</param>
/// <param name="WakeLabel">The wake phrase label, one of <paramref name="Vocabulary"/>.</param>
/// <param name="WakeThreshold">Probability of the wake label at or above which a candidate is accepted (before per-device adaptation).</param>
/// <param name="CommandThreshold">Probability at or above which a command label is accepted.</param>
/// <param name="Bands">Mel bands per feature frame; incoming features must match.</param>
/// <param name="LogScale">Front-end log steps per octave (energies in wake candidates use it).</param>
/// <param name="FeatureScale">Multiplier from int8 features to the model's float input.</param>
/// <param name="InputName">ONNX input name, or null for the model's first input.</param>
/// <param name="OutputName">ONNX output name, or null for "probabilities" or the last output.</param>
public sealed record ModelManifest(
    string Version,
    IReadOnlyList<string> Vocabulary,
    string WakeLabel,
    double WakeThreshold,
    double CommandThreshold,
    int Bands,
    int LogScale,
    float FeatureScale,
    string? InputName,
    string? OutputName)
{
    /// <summary>Index of <see cref="WakeLabel"/> in <see cref="Vocabulary"/>.</summary>
    public int WakeIndex => IndexOf(WakeLabel);

    /// <summary>Index of a label, or -1.</summary>
    public int IndexOf(string label)
    {
        for (int i = 0; i < Vocabulary.Count; i++)
        {
            if (Vocabulary[i] == label)
            {
                return i;
            }
        }

        return -1;
    }
}
