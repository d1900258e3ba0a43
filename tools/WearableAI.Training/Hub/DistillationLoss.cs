using static TorchSharp.torch;

namespace WearableAI.Training.Hub;

/// <summary>
/// Knowledge-distillation loss (Hinton et al.): <c>α · CE(student, labels) + (1 − α) · T² · KL(softmax(teacher/T) ‖ softmax(student/T))</c>,
/// averaged over the batch. The T² factor keeps the soft term's gradients the same size whatever
/// the temperature, so α means the same at every T. α = 1 is plain cross-entropy.
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
        Tensor hard = nn.functional.cross_entropy(studentLogits, labels);
        if (alpha >= 1.0) return hard.MoveToOuterDisposeScope();
        Tensor soft = SoftTargetTerm(studentLogits, teacherLogits.detach(), temperature);
        return (hard * alpha + soft * ((1.0 - alpha) * temperature * temperature)).MoveToOuterDisposeScope();
    }

    /// <summary>KL(softmax(teacher/T) ‖ softmax(student/T)), averaged over the batch (without the T² factor).</summary>
    public static Tensor SoftTargetTerm(Tensor studentLogits, Tensor teacherLogits, double temperature)
    {
        ArgumentNullException.ThrowIfNull(studentLogits);
        ArgumentNullException.ThrowIfNull(teacherLogits);
        using var scope = NewDisposeScope();
        Tensor studentLog = nn.functional.log_softmax(studentLogits / temperature, 1);
        Tensor teacherLog = nn.functional.log_softmax(teacherLogits / temperature, 1);
        Tensor kl = (teacherLog.exp() * (teacherLog - studentLog)).sum(1).mean();
        return kl.MoveToOuterDisposeScope();
    }
}
