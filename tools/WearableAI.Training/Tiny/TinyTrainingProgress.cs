namespace WearableAI.Training.Tiny;

/// <summary>One epoch's report from <see cref="TinyTrainer"/>.</summary>
/// <param name="Phase">"float", "prune 2/3", "qat".</param>
/// <param name="Epoch">Epoch within the phase (1-based).</param>
/// <param name="Epochs">Epochs in the phase.</param>
/// <param name="Loss">Mean training loss of the epoch.</param>
/// <param name="ValidationAccuracy">Window accuracy on the validation data (0…1).</param>
public sealed record TinyTrainingProgress(string Phase, int Epoch, int Epochs, double Loss, double ValidationAccuracy)
{
    /// <inheritdoc />
    public override string ToString() => $"{Phase} epoch {Epoch}/{Epochs}: loss {Loss:F4}, validation accuracy {ValidationAccuracy:P1}";
}
