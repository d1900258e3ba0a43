namespace WearableAI.Firmware.Gestures
{
    /// <summary>
    /// Turns raw samples into a <see cref="MotionFrame"/>: squared magnitudes (no square root),
    /// gravity by a shift-based IIR low-pass with a clamped step, motion with gravity removed,
    /// and jerk. About 60 integer operations per sample, no allocation.
    /// </summary>
    public sealed class MotionTracker
    {
        // Gravity kept with 4 fractional bits, so the >> GravityShift of small steps does not stall.
        private const int FractionBits = 4;
        private readonly MotionFrame _frame = new MotionFrame();
        private int _gravityX;
        private int _gravityY;
        private int _gravityZ;
        private long _index;
        private bool _started;

        /// <summary>The frame of the latest sample (the same instance every time).</summary>
        public MotionFrame Frame
        {
            get { return _frame; }
        }

        /// <summary>Updates <see cref="Frame"/> with a new sample.</summary>
        /// <param name="x">Milli-g along the forearm.</param>
        /// <param name="y">Milli-g across the wrist.</param>
        /// <param name="z">Milli-g out of the screen.</param>
        /// <returns><see cref="Frame"/>.</returns>
        public MotionFrame Update(int x, int y, int z)
        {
            MotionFrame f = _frame;
            if (!_started)
            {
                _gravityX = x << FractionBits;
                _gravityY = y << FractionBits;
                _gravityZ = z << FractionBits;
                f.X = x;
                f.Y = y;
                f.Z = z;
                _started = true;
            }

            f.Jerk = IntegerMath.Abs(x - f.X) + IntegerMath.Abs(y - f.Y) + IntegerMath.Abs(z - f.Z);
            f.X = x;
            f.Y = y;
            f.Z = z;
            f.MagnitudeSquared = IntegerMath.SquaredMagnitude(x, y, z);

            _gravityX = Follow(_gravityX, x);
            _gravityY = Follow(_gravityY, y);
            _gravityZ = Follow(_gravityZ, z);
            f.GravityX = _gravityX >> FractionBits;
            f.GravityY = _gravityY >> FractionBits;
            f.GravityZ = _gravityZ >> FractionBits;

            f.DynamicX = x - f.GravityX;
            f.DynamicY = y - f.GravityY;
            f.DynamicZ = z - f.GravityZ;
            f.DynamicMagnitudeSquared = IntegerMath.SquaredMagnitude(
                IntegerMath.Clamp(f.DynamicX, -32767, 32767),
                IntegerMath.Clamp(f.DynamicY, -32767, 32767),
                IntegerMath.Clamp(f.DynamicZ, -32767, 32767));

            f.Index = _index;
            f.TimeMs = _index * GestureThresholds.SampleMs;
            _index++;
            return f;
        }

        private static int Follow(int gravity, int sample)
        {
            const int Clamp = GestureThresholds.GravityStepClampMilliG << FractionBits;
            int step = IntegerMath.Clamp((sample << FractionBits) - gravity, -Clamp, Clamp);
            return gravity + (step >> GestureThresholds.GravityShift);
        }
    }
}
