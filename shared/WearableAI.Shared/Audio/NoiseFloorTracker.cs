namespace WearableAI.Shared.Audio
{
    /// <summary>
    /// Optional per-band noise-floor normalisation in the log (feature) domain. Each band's floor
    /// drops at once to a lower value and rises by 1/2^smoothingBits of the difference per frame;
    /// the output is the level above the floor, with −128 meaning "at the floor".
    /// </summary>
    /// <remarks>The floor is kept in feature units with 8 fractional bits. 8 ops per band.</remarks>
    public sealed class NoiseFloorTracker
    {
        /// <summary>Counted ops per band and frame.</summary>
        public const int OpsPerBand = 8;

        private const int FractionBits = 8;
        private readonly int[] _floor;
        private readonly int _smoothingBits;
        private bool _primed;

        /// <summary>Creates a tracker with no history.</summary>
        /// <param name="bands">Number of bands.</param>
        /// <param name="smoothingBits">Rise rate: 1/2^smoothingBits of the gap per frame.</param>
        public NoiseFloorTracker(int bands, int smoothingBits)
        {
            _floor = new int[bands];
            _smoothingBits = smoothingBits;
        }

        /// <summary>
        /// Updates the floors with this frame's values (feature units, before the int8 clamp)
        /// and replaces each value by <c>value − floor − 128</c>.
        /// </summary>
        /// <param name="values">One value per band; overwritten.</param>
        public void Normalize(int[] values)
        {
            for (int b = 0; b < _floor.Length; b++)
            {
                int target = values[b] << FractionBits;
                int f = _floor[b];
                if (!_primed || target < f) f = target;
                else f += (target - f) >> _smoothingBits;
                _floor[b] = f;
                values[b] = values[b] - (f >> FractionBits) - 128;
            }

            _primed = true;
        }

        /// <summary>Forgets the floors, as after construction.</summary>
        public void Reset()
        {
            for (int b = 0; b < _floor.Length; b++) _floor[b] = 0;
            _primed = false;
        }
    }
}
