namespace WearableAI.Training.Export;

/// <summary>How <see cref="OnnxExporter"/> names and shapes the exported graph.</summary>
/// <param name="Bands">Log-mel bands: the fixed middle axis of the input <c>[batch, bands, frames]</c>.</param>
/// <param name="InputName">Name of the float input (int8 features converted to float by the caller).</param>
/// <param name="OutputName">Name of the network's own output (logits for <see cref="Models.KeywordNet"/>).</param>
/// <param name="ProbabilitiesName">When set, a second output of that name: Softmax over axis 1 of the first.</param>
/// <param name="GraphName">Name stored in the ONNX graph.</param>
public sealed record OnnxExportOptions(
    int Bands = 32,
    string InputName = "features",
    string OutputName = "logits",
    string? ProbabilitiesName = null,
    string GraphName = "keyword_net");
