using TorchSharp;
using WearableAI.Training.Hub;
using static TorchSharp.torch;

namespace WearableAI.Training.Tests.Hub;

public sealed class DistillationLossTests
{
    [Fact]
    public void With_alpha_one_the_loss_is_plain_cross_entropy_whatever_the_teacher_says()
    {
        using Tensor student = Logits(1, 4, 13);
        using Tensor teacher = Logits(2, 4, 13);
        using Tensor labels = torch.tensor(new long[] { 0, 5, 12, 3 });

        using Tensor loss = DistillationLoss.Compute(student, teacher, labels, temperature: 4, alpha: 1);
        using Tensor crossEntropy = nn.functional.cross_entropy(student, labels);

        Assert.Equal(crossEntropy.item<float>(), loss.item<float>(), 6);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(2.0)]
    [InlineData(5.0)]
    public void With_alpha_zero_the_loss_is_T_squared_times_the_KL_divergence_of_the_softened_distributions(double temperature)
    {
        float[] s = [1.5f, -0.5f, 0.2f, 2.0f, 0.0f, -1.0f];
        float[] t = [0.5f, 1.0f, -2.0f, 1.0f, 1.0f, 0.3f];
        using Tensor student = torch.tensor(s, [2, 3]);
        using Tensor teacher = torch.tensor(t, [2, 3]);
        using Tensor labels = torch.tensor(new long[] { 0, 1 });

        using Tensor loss = DistillationLoss.Compute(student, teacher, labels, temperature, alpha: 0);

        double expected = 0;
        for (int row = 0; row < 2; row++)
        {
            double[] p = Softmax(t.Skip(row * 3).Take(3), temperature);
            double[] q = Softmax(s.Skip(row * 3).Take(3), temperature);
            expected += p.Select((pi, i) => pi * Math.Log(pi / q[i])).Sum();
        }

        expected = expected / 2 * temperature * temperature;
        Assert.Equal(expected, loss.item<float>(), 5);
    }

    [Fact]
    public void A_student_that_matches_the_teacher_pays_nothing_for_the_soft_term()
    {
        using Tensor logits = Logits(3, 5, 13);
        using Tensor labels = torch.zeros(5, dtype: ScalarType.Int64);

        using Tensor loss = DistillationLoss.Compute(logits, logits, labels, temperature: 3, alpha: 0);

        Assert.Equal(0, loss.item<float>(), 6);
    }

    [Fact]
    public void The_T_squared_factor_keeps_soft_target_gradients_the_same_size_across_temperatures()
    {
        double low = SoftGradientNorm(temperature: 4);
        double high = SoftGradientNorm(temperature: 16);

        // Without T² the gradient would shrink about 16× from T = 4 to T = 16; with it, it stays within 2×.
        Assert.InRange(high / low, 0.5, 2.0);
    }

    private static double SoftGradientNorm(double temperature)
    {
        using Tensor student = Logits(4, 8, 13).requires_grad_();
        using Tensor teacher = Logits(5, 8, 13);
        using Tensor labels = torch.zeros(8, dtype: ScalarType.Int64);
        using Tensor loss = DistillationLoss.Compute(student, teacher, labels, temperature, alpha: 0);
        loss.backward();
        return student.grad!.norm().item<float>();
    }

    private static Tensor Logits(int seed, int batch, int classes)
    {
        torch.manual_seed(seed);
        return torch.randn(batch, classes) * 2;
    }

    private static double[] Softmax(IEnumerable<float> logits, double temperature)
    {
        double[] e = logits.Select(x => Math.Exp(x / temperature)).ToArray();
        double sum = e.Sum();
        return e.Select(x => x / sum).ToArray();
    }
}
