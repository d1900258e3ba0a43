using WearableAI.Firmware.Gestures;

namespace WearableAI.Firmware.Host.Imu;

/// <summary>
/// Appends segments of specific force (what an accelerometer reads: −gravity + motion, milli-g)
/// at the detector's rate, then quantises to int16 with white sensor noise.
/// </summary>
/// <param name="noise">Random source (owned by the caller, shared across segments).</param>
public sealed class TraceBuilder(SeededNoise noise)
{
    private const double Dt = 1.0 / GestureThresholds.SampleRateHz;
    private readonly List<Vector3D> _samples = [];
    private Vector3D _tremor;

    /// <summary>Samples so far.</summary>
    public int Count => _samples.Count;

    /// <summary>Number of samples in <paramref name="seconds"/>.</summary>
    /// <param name="seconds">A duration.</param>
    /// <returns>Whole samples.</returns>
    public static int SamplesIn(double seconds) => (int)Math.Round(seconds / Dt);

    /// <summary>Holds a pose with slow hand tremor (low-pass filtered noise).</summary>
    /// <param name="pose">The reading at rest (gravity reaction), milli-g.</param>
    /// <param name="seconds">How long.</param>
    /// <param name="tremorMilliG">Tremor size.</param>
    public void Hold(Vector3D pose, double seconds, double tremorMilliG)
    {
        int n = SamplesIn(seconds);
        for (int i = 0; i < n; i++)
        {
            _samples.Add(pose + NextTremor(tremorMilliG));
        }
    }

    /// <summary>
    /// Turns the wrist from one pose to another along the shortest arc with a smooth (smoothstep)
    /// profile, adding the push of the movement: a sine period of <paramref name="pushMilliG"/>
    /// along <paramref name="pushAxis"/> (accelerate, then brake).
    /// </summary>
    /// <param name="from">Start pose.</param>
    /// <param name="to">End pose.</param>
    /// <param name="seconds">Duration of the turn.</param>
    /// <param name="pushAxis">Direction of the movement's acceleration (unit).</param>
    /// <param name="pushMilliG">Peak acceleration of the movement.</param>
    /// <param name="tremorMilliG">Tremor size.</param>
    public void Turn(Vector3D from, Vector3D to, double seconds, Vector3D pushAxis, double pushMilliG, double tremorMilliG)
    {
        int n = SamplesIn(seconds);
        for (int i = 1; i <= n; i++)
        {
            double s = (double)i / n;
            double eased = s * s * (3 - (2 * s));
            Vector3D pose = (from + ((to - from) * eased)).WithLength(from.Length + ((to.Length - from.Length) * eased));
            Vector3D push = pushAxis * (pushMilliG * Math.Sin(2 * Math.PI * s));
            _samples.Add(pose + push + NextTremor(tremorMilliG));
        }
    }

    /// <summary>Appends samples computed by a function of the time since the segment began.</summary>
    /// <param name="seconds">Duration.</param>
    /// <param name="reading">Reading in milli-g at time t (seconds).</param>
    public void Add(double seconds, Func<double, Vector3D> reading)
    {
        int n = SamplesIn(seconds);
        for (int i = 0; i < n; i++)
        {
            _samples.Add(reading(i * Dt));
        }
    }

    /// <summary>Appends explicit samples.</summary>
    /// <param name="readings">Readings in milli-g.</param>
    public void AddSamples(params Vector3D[] readings) => _samples.AddRange(readings);

    /// <summary>Quantises to int16 milli-g with white noise.</summary>
    /// <param name="name">Trace name.</param>
    /// <param name="expected">The gesture the trace shows.</param>
    /// <param name="noiseMilliG">Sensor noise per axis (standard deviation).</param>
    /// <returns>The trace.</returns>
    public ImuTrace Build(string name, GestureKind expected, double noiseMilliG)
    {
        short[] xyz = new short[_samples.Count * 3];
        for (int i = 0; i < _samples.Count; i++)
        {
            Vector3D v = _samples[i];
            xyz[i * 3] = Quantise(v.X + noise.Gaussian(noiseMilliG));
            xyz[(i * 3) + 1] = Quantise(v.Y + noise.Gaussian(noiseMilliG));
            xyz[(i * 3) + 2] = Quantise(v.Z + noise.Gaussian(noiseMilliG));
        }

        return new ImuTrace(name, GestureThresholds.SampleRateHz, xyz, expected);
    }

    private Vector3D NextTremor(double size)
    {
        const double Keep = 0.9;
        double drive = size * Math.Sqrt(1 - (Keep * Keep));
        _tremor = (_tremor * Keep) + new Vector3D(noise.Gaussian(drive), noise.Gaussian(drive), noise.Gaussian(drive));
        return _tremor;
    }

    // Accelerometers saturate; ±16 g is the widest common range.
    private static short Quantise(double milliG) => (short)Math.Clamp(Math.Round(milliG), -16000, 16000);
}
