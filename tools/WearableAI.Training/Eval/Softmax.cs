namespace WearableAI.Training.Eval;

/// <summary>Numerically stable softmax of one row of logits.</summary>
public static class Softmax
{
    /// <summary>The probabilities of <paramref name="logits"/>.</summary>
    public static float[] Of(ReadOnlySpan<float> logits)
    {
        float max = float.NegativeInfinity;
        foreach (float l in logits) max = Math.Max(max, l);
        var p = new float[logits.Length];
        double sum = 0;
        for (int i = 0; i < logits.Length; i++)
        {
            p[i] = (float)Math.Exp(logits[i] - max);
            sum += p[i];
        }

        for (int i = 0; i < p.Length; i++) p[i] = (float)(p[i] / sum);
        return p;
    }
}
