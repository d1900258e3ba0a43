namespace WearableAI.Training.Export;

/// <summary>Result of <see cref="OnnxParity.Check"/>: how far ONNX Runtime's output is from TorchSharp's.</summary>
/// <param name="MaxAbsDifference">Largest absolute difference over every output value.</param>
/// <param name="Tolerance">The largest difference accepted.</param>
/// <param name="Batch">Batch size of the random input.</param>
/// <param name="Frames">Frames of the random input.</param>
/// <param name="OutputValues">Number of output values compared.</param>
/// <param name="MaxAbsOutput">Largest absolute TorchSharp output value, to judge the difference against.</param>
public sealed record ParityReport(double MaxAbsDifference, double Tolerance, int Batch, int Frames, int OutputValues, double MaxAbsOutput)
{
    /// <summary>True when <see cref="MaxAbsDifference"/> is within <see cref="Tolerance"/>.</summary>
    public bool Passed => MaxAbsDifference <= Tolerance;

    /// <inheritdoc />
    public override string ToString() =>
        FormattableString.Invariant(
            $"ONNX parity {(Passed ? "passed" : "FAILED")}: max |torch - onnx| = {MaxAbsDifference:g3} (tolerance {Tolerance:g3}) over {OutputValues} values up to |{MaxAbsOutput:g3}|, input [{Batch}, bands, {Frames}]");
}
