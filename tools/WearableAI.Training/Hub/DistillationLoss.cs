using TorchSharp;
using static TorchSharp.torch;

namespace WearableAI.Training.Hub;

/// <summary>
/// Knowledge-distillation loss (Hinton et al.): <c>α · CE(student, labels) + (1 − α) · T² · KL(softmax(teacher/T) ‖ softmax(student/T))</c>,
/// averaged over the batch. The T² factor keeps the soft term's gradients the same size whatever
/// the temperature, so α means the same at every T. α = 1 is plain cross-entropy.
/// The hub's teacher has the student's classes, so this is the tiny model's loss
/// (<see cref="Tiny.DistillationLoss"/>) with the teacher's tempered softmax as targets.
/// </summary>
public static class DistillationLoss
{
    /// <summary>Computes the loss.</summary>
    /// <param name="studentLogits">Student output <c>[batch, classes]</c>.</param>
    /// <param name="teacherLogits">Teacher output <c>[batch, classes]</c> (no gradient needed).</param>
    /// <param name="labels">Class indices <c>[batch]</c> (int64).</param>
    /// <param name="temperature">Softening temperature T ≥ 1.</param>
    /// <param name="alpha">Weight of the hard-label term, 0…1.</param>
    /// <returns>A scalar tensor.</returns>
    public static Tensor Compute(Tensor studentLogits, Tensor teacherLogits, Tensor labels, double temperature, double alpha)
    {
        ArgumentNullException.ThrowIfNull(studentLogits);
        ArgumentNullException.ThrowIfNull(teacherLogits);
        ArgumentOutOfRangeException.ThrowIfLessThan(temperature, 1e-3);
        ArgumentOutOfRangeException.ThrowIfLessThan(alpha, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(alpha, 1.0);
        using var scope = NewDisposeScope();
        using Scalar t = temperature.ToScalar(); // kept alive across the native call (an implicit one may be finalized during it)
        Tensor teacherProbabilities = nn.functional.softmax(teacherLogits.detach().div(t), 1);
        return Tiny.DistillationLoss.Compute(studentLogits, labels, teacherProbabilities, alpha, temperature).MoveToOuterDisposeScope();
    }
}
