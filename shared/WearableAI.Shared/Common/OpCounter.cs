namespace WearableAI.Shared.Common
{
    /// <summary>
    /// Counts primitive operations done by the fixed-point front end and the int8 kernels,
    /// so that the tools can report ops per second of audio against the watch budget.
    /// </summary>
    /// <remarks>
    /// <para>What counts as one op (see docs/frontend.md and docs/kernels.md): one integer
    /// multiply, add, subtract, shift, compare/clamp or table lookup on data. A
    /// multiply-accumulate counts as two. Loop control, indexing and memory copies do not count.</para>
    /// <para>Kernels add their count once per call, computed from the shapes they ran, never
    /// per element: counting must not slow the hot loop. A kernel given no counter
    /// (<c>null</c>) simply skips the addition.</para>
    /// <para>Not thread-safe: use one counter per pipeline.</para>
    /// </remarks>
    public sealed class OpCounter
    {
        private long _ops;

        /// <summary>Total ops counted since construction or the last <see cref="Reset"/>.</summary>
        public long Ops
        {
            get { return _ops; }
        }

        /// <summary>Adds <paramref name="ops"/> to the total.</summary>
        /// <param name="ops">Number of primitive ops just executed.</param>
        public void Add(long ops)
        {
            _ops += ops;
        }

        /// <summary>Sets the total back to zero.</summary>
        public void Reset()
        {
            _ops = 0;
        }
    }
}
