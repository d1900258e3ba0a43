using WearableAI.Firmware.Common;

namespace WearableAI.Firmware.Host.Imu;

/// <summary>Random draws for synthetic traces, from the firmware's own xorshift so a seed means the same trace everywhere.</summary>
/// <param name="seed">The seed.</param>
public sealed class SeededNoise(int seed)
{
    private readonly XorShiftRandom _random = new(unchecked((uint)seed * 2654435761u) ^ 0x5EED5EEDu);

    /// <summary>Uniform in [0, 1).</summary>
    /// <returns>The draw.</returns>
    public double Unit() => _random.NextUInt() / 4294967296.0;

    /// <summary>Uniform in [low, high).</summary>
    /// <param name="low">Lower bound.</param>
    /// <param name="high">Upper bound.</param>
    /// <returns>The draw.</returns>
    public double Uniform(double low, double high) => low + ((high - low) * Unit());

    /// <summary>True with probability <paramref name="p"/>.</summary>
    /// <param name="p">Probability.</param>
    /// <returns>The draw.</returns>
    public bool Chance(double p) => Unit() < p;

    /// <summary>+1 or −1.</summary>
    /// <returns>The draw.</returns>
    public double Sign() => Chance(0.5) ? 1 : -1;

    /// <summary>Normal with mean 0 (Box–Muller).</summary>
    /// <param name="sigma">Standard deviation.</param>
    /// <returns>The draw.</returns>
    public double Gaussian(double sigma)
    {
        double u1 = 1.0 - Unit();
        double u2 = Unit();
        return sigma * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>A direction drawn uniformly on the sphere, with the given length.</summary>
    /// <param name="length">Length of the result.</param>
    /// <returns>The draw.</returns>
    public Vector3D Direction(double length)
    {
        Vector3D v;
        do
        {
            v = new Vector3D(Gaussian(1), Gaussian(1), Gaussian(1));
        }
        while (v.Length < 1e-6);
        return v.WithLength(length);
    }
}
