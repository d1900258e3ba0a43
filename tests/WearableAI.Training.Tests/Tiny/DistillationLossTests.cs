using WearableAI.Training.Tiny;
using static TorchSharp.torch;

namespace WearableAI.Training.Tests.Tiny;

public class DistillationLossTests
{
    private static readonly int[] Map = [0, 1, 1, 1, 2];

    [Fact]
    public void With_alpha_one_the_loss_is_exactly_the_cross_entropy()
    {
        using Tensor student = tensor(new float[] { 2f, -1f, 0.5f, 0.1f, 0.2f, 3f }, [2, 3]);
        using Tensor labels = tensor(new long[] { 0, 2 });
        using Tensor teacher = DistillationLoss.TeacherTargets(tensor(new float[] { 0, 5, 0, 0, 0, 1, 1, 1, 1, 1 }, [2, 5]), Map, 3, 2.0);

        using Tensor loss = DistillationLoss.Compute(student, labels, teacher, alpha: 1.0, temperature: 2.0);
        using Tensor ce = nn.functional.cross_entropy(student, labels);

        Assert.Equal(ce.item<float>(), loss.item<float>());
    }

    [Fact]
    public void Teacher_command_words_are_summed_into_unknown()
    {
        using Tensor logits = tensor(new float[] { 0, 0, 0, 0, 0 }, [1, 5]);

        using Tensor targets = DistillationLoss.TeacherTargets(logits, Map, 3, 1.0);

        Assert.Equal([0.2f, 0.6f, 0.2f], targets.data<float>().ToArray(), (a, b) => Math.Abs(a - b) < 1e-6);
    }

    [Fact]
    public void A_student_that_matches_the_tempered_teacher_has_zero_soft_loss()
    {
        const double temperature = 3.0;
        using Tensor targets = tensor(new float[] { 0.7f, 0.2f, 0.1f }, [1, 3]);
        using Tensor student = targets.log() * temperature; // softmax(student / T) = targets

        using Tensor loss = DistillationLoss.Compute(student, tensor(new long[] { 0 }), targets, alpha: 0.0, temperature);

        Assert.Equal(0.0, loss.item<float>(), 5);
    }

    [Fact]
    public void The_soft_term_is_scaled_by_T_squared()
    {
        using Tensor targets = tensor(new float[] { 0.7f, 0.2f, 0.1f }, [1, 3]);
        using Tensor labels = tensor(new long[] { 0 });
        using Tensor student = tensor(new float[] { 0f, 0f, 0f }, [1, 3]); // uniform at any temperature

        using Tensor t1 = DistillationLoss.Compute(student, labels, targets, 0.0, 1.0);
        using Tensor t4 = DistillationLoss.Compute(student, labels, targets, 0.0, 4.0);

        Assert.Equal(16.0, t4.item<float>() / t1.item<float>(), 4);
    }

    [Fact]
    public void A_class_map_that_does_not_fit_the_teacher_is_refused_with_a_clear_message()
    {
        using Tensor logits = zeros(2, 4);

        var wrongLength = Assert.Throws<ArgumentException>(() => DistillationLoss.TeacherTargets(logits, Map, 3, 1.0));
        var wrongClass = Assert.Throws<ArgumentException>(() => DistillationLoss.TeacherTargets(logits, [0, 1, 3, 2], 3, 1.0));

        Assert.Contains("[N, 5]", wrongLength.Message);
        Assert.Contains("entry 3", wrongClass.Message);
    }
}
