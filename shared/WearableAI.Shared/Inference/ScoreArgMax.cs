using WearableAI.Shared.Common;

namespace WearableAI.Shared.Inference
{
    /// <summary>
    /// Picks the label with the highest int8 logit. The watch never computes a softmax: the
    /// logits are monotonic in the class probability, so comparing them (and a threshold in
    /// logit units) is enough.
    /// </summary>
    public static class ScoreArgMax
    {
        /// <summary>Index of the largest score; ties go to the lowest index.</summary>
        /// <param name="scores">The logits.</param>
        /// <param name="offset">Index of the first logit.</param>
        /// <param name="count">Number of logits (≥ 1).</param>
        /// <param name="ops">Op counter, or null: <c>count − 1</c> compares.</param>
        /// <returns>The winning index relative to <paramref name="offset"/>.</returns>
        public static int Find(sbyte[] scores, int offset, int count, OpCounter? ops)
        {
            int best = 0;
            int bestScore = scores[offset];
            for (int i = 1; i < count; i++)
            {
                int s = scores[offset + i];
                if (s > bestScore)
                {
                    bestScore = s;
                    best = i;
                }
            }

            if (ops != null && count > 1)
            {
                ops.Add(count - 1);
            }

            return best;
        }
    }
}
