using TorchSharp;
using static TorchSharp.torch;

namespace WearableAI.Training.Tiny;

/// <summary>
/// Knowledge-distillation loss: <c>α · CE(student, labels) + (1 − α) · T² · KL(p_teacher,T ‖ p_student,T)</c>,
/// with the teacher's classes mapped onto the tiny model's classes first.
/// </summary>
public static class DistillationLoss
{
    /// <summary>The loss over a batch (mean over windows).</summary>
    /// <param name="student">Student logits <c>[batch, classes]</c>.</param>
    /// <param name="labels">Hard labels <c>[batch]</c> (int64).</param>
    /// <param name="teacherProbabilities">Tempered teacher probabilities on the student's classes <c>[batch, classes]</c>
    /// (<see cref="TeacherTargets"/>), or null for plain cross-entropy.</param>
    /// <param name="alpha">Weight of the hard-label term, 0…1.</param>
    /// <param name="temperature">Softening temperature T &gt; 0.</param>
    /// <returns>A scalar tensor.</returns>
    public static Tensor Compute(Tensor student, Tensor labels, Tensor? teacherProbabilities, double alpha, double temperature)
    {
        ArgumentNullException.ThrowIfNull(student);
        ArgumentNullException.ThrowIfNull(labels);
        if (alpha < 0 || alpha > 1 || !(temperature > 0))
        {
            throw new ArgumentException($"Distillation needs 0 ≤ α ≤ 1 and T > 0; got α = {alpha}, T = {temperature}.");
        }

        Tensor hard = nn.functional.cross_entropy(student, labels);
        if (teacherProbabilities is null || alpha >= 1.0)
        {
            return hard;
        }

        if (!teacherProbabilities.shape.SequenceEqual(student.shape))
        {
            throw new ArgumentException($"Teacher targets [{string.Join(", ", teacherProbabilities.shape)}] do not match student logits [{string.Join(", ", student.shape)}].");
        }

        using var scope = NewDisposeScope();
        // Explicit scalars, alive until the end: an implicit one may be finalized while libtorch still reads it.
        using Scalar t = temperature.ToScalar(), floor = 1e-12.ToScalar(), hardWeight = alpha.ToScalar(), softWeight = ((1 - alpha) * temperature * temperature).ToScalar();
        Tensor logStudent = nn.functional.log_softmax(student.div(t), 1);
        Tensor p = teacherProbabilities;
        Tensor kl = (p * (p.clamp_min(floor).log() - logStudent)).sum(1).mean();
        Tensor total = hard.mul(hardWeight) + kl.mul(softWeight);
        return total.MoveToOuterDisposeScope();
    }

    /// <summary>
    /// Tempered teacher probabilities on the tiny classes: <c>softmax(teacher / T)</c>, then the
    /// probabilities of teacher classes that map to the same tiny class are summed (e.g. the ten
    /// command words and "unknown" all map to "unknown").
    /// </summary>
    /// <param name="teacherLogits">Teacher logits <c>[N, teacher classes]</c>.</param>
    /// <param name="classMap">For each teacher class, the tiny class index it counts for.</param>
    /// <param name="classes">Number of tiny classes.</param>
    /// <param name="temperature">Softening temperature T &gt; 0.</param>
    /// <returns><c>[N, classes]</c>, rows summing to 1.</returns>
    public static Tensor TeacherTargets(Tensor teacherLogits, IReadOnlyList<int> classMap, int classes, double temperature)
    {
        ArgumentNullException.ThrowIfNull(teacherLogits);
        ArgumentNullException.ThrowIfNull(classMap);
        CheckClassMap(teacherLogits, classMap, classes);
        using var scope = NewDisposeScope();
        using Scalar t = temperature.ToScalar(), one = 1.0.ToScalar(); // kept alive across the native calls
        Tensor p = nn.functional.softmax(teacherLogits.detach().to_type(ScalarType.Float32).div(t), 1);
        Tensor index = tensor(classMap.Select(c => (long)c).ToArray());
        Tensor mapped = zeros(teacherLogits.shape[0], classes).index_add(1, index, p, one);
        return mapped.MoveToOuterDisposeScope();
    }

    /// <summary>Throws a clear error when the class map does not fit the teacher logits or the tiny classes.</summary>
    /// <param name="teacherLogits">Teacher logits <c>[N, teacher classes]</c>.</param>
    /// <param name="classMap">Teacher class → tiny class.</param>
    /// <param name="classes">Number of tiny classes.</param>
    public static void CheckClassMap(Tensor teacherLogits, IReadOnlyList<int> classMap, int classes)
    {
        ArgumentNullException.ThrowIfNull(teacherLogits);
        ArgumentNullException.ThrowIfNull(classMap);
        if (teacherLogits.dim() != 2 || teacherLogits.shape[1] != classMap.Count)
        {
            throw new ArgumentException($"Teacher logits must be [N, {classMap.Count}] (one column per entry of the class map); got [{string.Join(", ", teacherLogits.shape)}].");
        }

        foreach (int c in classMap)
        {
            if (c < 0 || c >= classes)
            {
                throw new ArgumentException($"Teacher class map entry {c} is not a tiny class index (0…{classes - 1}).");
            }
        }
    }
}
