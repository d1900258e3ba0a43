namespace WearableAI.Training.Tiny;

/// <summary>Figures of a trained tiny model, all on the validation data.</summary>
/// <param name="FloatAccuracy">Window accuracy of the float model after pruning, before QAT (the model quantisation starts from).</param>
/// <param name="QatFloatAccuracy">Window accuracy of the QAT-trained weights run without fake quantisation.</param>
/// <param name="FakeQuantAccuracy">Window accuracy of the fake-quantised model after QAT.</param>
/// <param name="IntegerAccuracy">Window accuracy of the integer reference (what the watch computes).</param>
/// <param name="WakeRecall">Fraction of wake windows that fire at the tuned threshold.</param>
/// <param name="FalseAcceptRate">Fraction of non-wake windows that fire at the tuned threshold.</param>
/// <param name="ParametersBeforePruning">Trainable parameters of the initial network.</param>
/// <param name="ParametersAfterPruning">Trainable parameters after structured pruning.</param>
/// <param name="WeightBytes">Parameter bytes in the blob (int8 weights + 9 per channel).</param>
public sealed record TinyMetrics(
    double FloatAccuracy,
    double QatFloatAccuracy,
    double FakeQuantAccuracy,
    double IntegerAccuracy,
    double WakeRecall,
    double FalseAcceptRate,
    long ParametersBeforePruning,
    long ParametersAfterPruning,
    int WeightBytes)
{
    /// <summary>Accuracy lost by quantisation, in percentage points (float − integer).</summary>
    public double QuantisationDropPoints => (FloatAccuracy - IntegerAccuracy) * 100.0;

    /// <inheritdoc />
    public override string ToString() =>
        $"float {FloatAccuracy:P1} (QAT weights unquantised {QatFloatAccuracy:P1}), fake-quant {FakeQuantAccuracy:P1}, integer {IntegerAccuracy:P1} (drop {QuantisationDropPoints:F1} points); " +
        $"wake recall {WakeRecall:P1}, false accepts {FalseAcceptRate:P1}; parameters {ParametersBeforePruning} → {ParametersAfterPruning}; {WeightBytes} weight bytes";
}
