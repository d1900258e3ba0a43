namespace WearableAI.Hub.Inference;

/// <summary>Model outputs as probabilities.</summary>
public static class Probabilities
{
    /// <summary>
    /// Returns <paramref name="values"/> when they already are probabilities (non-negative, summing to 1 ± 0.01),
    /// otherwise their softmax (the model gave logits).
    /// </summary>
    public static float[] Normalise(float[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        double sum = 0;
        bool negative = false;
        foreach (float v in values)
        {
            sum += v;
            negative |= v < 0;
        }

        if (!negative && Math.Abs(sum - 1) <= 0.01)
        {
            return values;
        }

        float max = values.Max();
        double total = 0;
        var result = new float[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            result[i] = MathF.Exp(values[i] - max);
            total += result[i];
        }

        for (int i = 0; i < result.Length; i++)
        {
            result[i] = (float)(result[i] / total);
        }

        return result;
    }

    /// <summary>Index of the largest value among those <paramref name="include"/> accepts.</summary>
    public static int ArgMax(float[] values, Func<int, bool> include)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(include);
        int best = -1;
        for (int i = 0; i < values.Length; i++)
        {
            if (include(i) && (best < 0 || values[i] > values[best]))
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>0..1 as Q15 (0..32767).</summary>
    public static short ToQ15(double probability) => (short)Math.Clamp(Math.Round(probability * 32767), 0, 32767);
}
