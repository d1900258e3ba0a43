using WearableAI.Firmware.Gestures;

namespace WearableAI.Firmware.Host.Imu;

/// <summary>
/// A recorded or synthetic accelerometer trace: samples at a fixed rate as interleaved x, y, z
/// milli-g, in the layout <c>IAccelerometer.Read</c> delivers and <c>GestureDetector.Process</c> takes.
/// </summary>
/// <param name="Name">Where it came from (scenario and seed, or file name).</param>
/// <param name="SampleRateHz">Samples per second.</param>
/// <param name="Xyz">Interleaved x, y, z in milli-g.</param>
/// <param name="Expected">The gesture a correct detector reports, or <see cref="GestureKind.None"/>.</param>
public sealed record ImuTrace(string Name, int SampleRateHz, short[] Xyz, GestureKind Expected)
{
    /// <summary>Number of samples (triples).</summary>
    public int SampleCount => Xyz.Length / 3;

    /// <summary>Duration in milliseconds.</summary>
    public long DurationMs => (long)SampleCount * 1000 / SampleRateHz;
}
