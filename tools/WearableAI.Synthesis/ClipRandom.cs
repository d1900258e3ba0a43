using System.Globalization;

namespace WearableAI.Synthesis;

/// <summary>
/// A small deterministic random source (SplitMix64). Every clip and background chunk gets its
/// own instance seeded from (seed, label, index), so what a clip contains never depends on
/// which thread made it or in what order.
/// </summary>
public sealed class ClipRandom
{
    private ulong _state;

    /// <summary>Creates a source from a raw 64-bit state.</summary>
    public ClipRandom(ulong state)
    {
        _state = state;
    }

    /// <summary>The source for one item: the run's seed plus the names that identify the item.</summary>
    public static ClipRandom For(int seed, string stream, int index, string? label = null)
    {
        return new ClipRandom(StableHash.Of(
            seed.ToString(CultureInfo.InvariantCulture), stream, label ?? string.Empty, index.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextBits()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble()
    {
        return (NextBits() >> 11) * (1.0 / (1UL << 53));
    }

    /// <summary>Uniform in [min, max).</summary>
    public double Uniform(double min, double max)
    {
        return min + (max - min) * NextDouble();
    }

    /// <summary>Uniform integer in [0, count).</summary>
    public int Next(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return (int)(NextBits() % (ulong)count);
    }

    /// <summary>True with the given probability.</summary>
    public bool Chance(double probability)
    {
        return NextDouble() < probability;
    }

    /// <summary>Standard normal (Box–Muller).</summary>
    public double Gaussian()
    {
        double u1 = 1.0 - NextDouble();
        double u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>One element of the list, chosen uniformly.</summary>
    public T Pick<T>(IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items[Next(items.Count)];
    }
}
