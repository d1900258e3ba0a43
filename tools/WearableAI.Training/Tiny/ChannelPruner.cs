using WearableAI.Shared.Inference;
using static TorchSharp.torch;

namespace WearableAI.Training.Tiny;

/// <summary>
/// Structured magnitude pruning: removes whole channels, so that the exported dense int8
/// layers really shrink (the kernels do not skip zero weights, so unstructured sparsity would
/// save neither bytes nor ops).
/// </summary>
/// <remarks>
/// <para>A channel group is the output width of a stem or pointwise layer: the producer's output
/// channels, the depthwise layer that follows it (same channels) and the consumer's input
/// channels. A channel's importance is the L2 norm of its producer weights. <see cref="Prune"/>
/// masks the weakest channels of every group (masks only ever shrink); fine-tuning then runs
/// with the masks; <see cref="Compact"/> finally builds the smaller network without them.</para>
/// <para>Schedule (Zhu &amp; Gupta): sparsity after step t of n is <c>s · (1 − (1 − t/n)³)</c>,
/// pruning most early while the network can still recover.</para>
/// </remarks>
public static class ChannelPruner
{
    /// <summary>Sparsity to reach after pruning step <paramref name="step"/> (1…<paramref name="steps"/>).</summary>
    /// <param name="step">Step number.</param>
    /// <param name="steps">Number of steps.</param>
    /// <param name="finalSparsity">Fraction of channels removed at the end.</param>
    /// <returns>The fraction for this step.</returns>
    public static double SparsityAt(int step, int steps, double finalSparsity)
    {
        double progress = Math.Clamp((double)step / Math.Max(steps, 1), 0, 1);
        return finalSparsity * (1 - Math.Pow(1 - progress, 3));
    }

    /// <summary>Channels of a group of <paramref name="channels"/> kept at <paramref name="sparsity"/> (at least 1).</summary>
    /// <param name="channels">Channels before pruning.</param>
    /// <param name="sparsity">Fraction to remove.</param>
    /// <returns>Channels kept.</returns>
    public static int KeptChannels(int channels, double sparsity) =>
        Math.Max(1, channels - (int)Math.Round(channels * sparsity, MidpointRounding.AwayFromZero));

    /// <summary>Masks the weakest channels of every group so that each keeps <see cref="KeptChannels"/>.</summary>
    /// <param name="net">The network (its masks change).</param>
    /// <param name="sparsity">Fraction of each group's channels to remove.</param>
    public static void Prune(TinyKeywordNet net, double sparsity)
    {
        ArgumentNullException.ThrowIfNull(net);
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        foreach (int[] group in Groups(net))
        {
            TinyConvLayer producer = net.Layers[group[0]];
            int keep = KeptChannels(producer.OutChannels, sparsity);
            Tensor norms = producer.MaskedWeight().reshape(producer.OutChannels, -1).norm(1, false, 2);
            float[] scores = norms.data<float>().ToArray();
            float[] mask = producer.Mask.data<float>().ToArray();
            int[] order = Enumerable.Range(0, scores.Length)
                .OrderByDescending(c => mask[c] > 0 ? 1 : 0)
                .ThenByDescending(c => scores[c])
                .ThenBy(c => c)
                .ToArray();
            float[] newMask = new float[scores.Length];
            foreach (int c in order.Take(keep))
            {
                newMask[c] = mask[c] > 0 ? 1f : 0f;
            }

            for (int i = 0; i < group.Length - 1; i++)
            {
                net.Layers[group[i]].Mask.copy_(tensor(newMask));
            }
        }
    }

    /// <summary>Builds the smaller network holding only the kept channels (same function, fewer parameters).</summary>
    /// <param name="net">A pruned network (unchanged; the caller still owns it).</param>
    /// <returns>A new network; its activation ranges are copied.</returns>
    public static TinyKeywordNet Compact(TinyKeywordNet net)
    {
        ArgumentNullException.ThrowIfNull(net);
        IReadOnlyList<TinyConvLayer> layers = net.Layers;
        var kept = new long[]?[layers.Count]; // kept output channels per layer (null: all)
        var widths = new List<int>();
        foreach (int[] group in Groups(net))
        {
            float[] mask = layers[group[0]].Mask.data<float>().ToArray();
            long[] indices = Enumerable.Range(0, mask.Length).Where(c => mask[c] > 0).Select(c => (long)c).ToArray();
            widths.Add(indices.Length);
            for (int i = 0; i < group.Length - 1; i++)
            {
                kept[group[i]] = indices;
            }
        }

        TinyNetShape shape = net.Shape with
        {
            StemChannels = widths[0],
            Blocks = net.Shape.Blocks.Select((b, i) => b with { Channels = widths[i + 1] }).ToArray(),
        };
        var compact = new TinyKeywordNet(shape); // outside any dispose scope: its tensors live on
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        for (int i = 0; i < layers.Count; i++)
        {
            TinyConvLayer from = layers[i];
            TinyConvLayer to = compact.Layers[i];
            Tensor weight = from.MaskedWeight();
            Tensor bias = from.MaskedBias();
            long[]? outputs = kept[i];
            if (outputs is not null)
            {
                weight = weight.index_select(0, tensor(outputs));
                bias = bias.index_select(0, tensor(outputs));
            }

            long[]? inputs = i == 0 ? null : kept[i - 1];
            if (inputs is not null && from.Kind != LayerKind.DepthwiseConv1D)
            {
                weight = weight.index_select(1, tensor(inputs));
            }

            to.Weight.copy_(weight);
            to.Bias.copy_(bias);
            to.OutputRange.CopyFrom(from.OutputRange);
        }

        compact.Quantise = net.Quantise;
        return compact;
    }

    /// <summary>
    /// The prunable channel groups: each is the producer layer index, the depthwise layers that
    /// follow it, and last the consumer layer index.
    /// </summary>
    /// <param name="net">The network.</param>
    /// <returns>Groups in network order (stem, then each block's pointwise).</returns>
    public static IReadOnlyList<int[]> Groups(TinyKeywordNet net)
    {
        ArgumentNullException.ThrowIfNull(net);
        var groups = new List<int[]>();
        IReadOnlyList<TinyConvLayer> layers = net.Layers;
        for (int i = 0; i < layers.Count - 1; i++)
        {
            if (layers[i].Kind == LayerKind.DepthwiseConv1D)
            {
                continue;
            }

            var group = new List<int> { i };
            int next = i + 1;
            while (layers[next].Kind == LayerKind.DepthwiseConv1D)
            {
                group.Add(next);
                next++;
            }

            group.Add(next);
            groups.Add(group.ToArray());
        }

        return groups;
    }
}
