using TorchSharp;
using static TorchSharp.torch;

namespace WearableAI.Training.Hub;

/// <summary>Runs a classifier over many inputs in eval mode without gradients, in chunks, returning softmax probabilities.</summary>
public static class ModelInference
{
    private const int Chunk = 256;

    /// <summary>Probabilities <c>[count, classes]</c> (flat) for inputs <c>[count, bands, frames]</c> (flat).</summary>
    public static float[] Probabilities(nn.Module<Tensor, Tensor> model, float[] features, int count, int bands, int frames)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(features);
        return Run(model, features, count, bands, frames, softmax: true);
    }

    /// <summary>Logits <c>[count, classes]</c> (flat) for inputs <c>[count, bands, frames]</c> (flat).</summary>
    public static float[] Logits(nn.Module<Tensor, Tensor> model, float[] features, int count, int bands, int frames)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(features);
        return Run(model, features, count, bands, frames, softmax: false);
    }

    private static float[] Run(nn.Module<Tensor, Tensor> model, float[] features, int count, int bands, int frames, bool softmax)
    {
        bool wasTraining = model.training;
        model.eval();
        try
        {
            using var noGrad = torch.no_grad();
            var result = new List<float>();
            int per = bands * frames;
            for (int start = 0; start < count; start += Chunk)
            {
                int n = Math.Min(Chunk, count - start);
                using var scope = NewDisposeScope();
                Tensor input = torch.tensor(features.AsSpan(start * per, n * per).ToArray(), [n, bands, frames]);
                Tensor output = model.forward(input);
                if (softmax) output = nn.functional.softmax(output, 1);
                result.AddRange(output.contiguous().data<float>().ToArray());
            }

            return [.. result];
        }
        finally
        {
            model.train(wasTraining);
        }
    }
}
