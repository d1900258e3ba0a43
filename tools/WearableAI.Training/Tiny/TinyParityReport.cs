namespace WearableAI.Training.Tiny;

/// <summary>How the exported blob, the integer reference and the fake-quantised float model agree, and what the blob costs.</summary>
/// <param name="Windows">Golden windows run.</param>
/// <param name="Rows">Logit rows compared (output frames over all windows).</param>
/// <param name="Mismatches">int8 logits where the blob run through <c>ModelRunner</c> differs from the integer reference (must be 0).</param>
/// <param name="ArgmaxAgreement">Fraction of rows where the integer and the fake-quantised float model pick the same class.</param>
/// <param name="MaxLogitDiffLsb">Largest |integer − float| logit difference, in int8 steps.</param>
/// <param name="MeanLogitDiffLsb">Mean |integer − float| logit difference, in int8 steps.</param>
/// <param name="WeightBytes">Blob parameter bytes (int8 weights + 9 per channel); budget 16,384.</param>
/// <param name="WorkingBytes">Runner working memory; budget 24,576.</param>
/// <param name="OpsPerSecond">Ops per second of audio counted by the kernels' <c>OpCounter</c> while streaming.</param>
public sealed record TinyParityReport(int Windows, int Rows, int Mismatches, double ArgmaxAgreement, int MaxLogitDiffLsb, double MeanLogitDiffLsb, int WeightBytes, int WorkingBytes, double OpsPerSecond)
{
    /// <summary>True when the blob reproduces the integer reference bit for bit on every golden window.</summary>
    public bool BitExact => Mismatches == 0 && Rows > 0;

    /// <inheritdoc />
    public override string ToString() =>
        $"{Windows} windows, {Rows} rows: blob vs integer reference {(BitExact ? "bit-exact" : $"{Mismatches} mismatching logits")}; " +
        $"integer vs float argmax agreement {ArgmaxAgreement:P1}, max diff {MaxLogitDiffLsb} LSB (mean {MeanLogitDiffLsb:F3}); " +
        $"{WeightBytes} weight bytes, {WorkingBytes} working bytes, {OpsPerSecond:N0} ops/s";
}
