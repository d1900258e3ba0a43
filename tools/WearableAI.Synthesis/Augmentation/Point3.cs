namespace WearableAI.Synthesis.Augmentation;

/// <summary>A point (or size) in a room, metres.</summary>
/// <param name="X">Along the length.</param>
/// <param name="Y">Along the width.</param>
/// <param name="Z">Height.</param>
public readonly record struct Point3(double X, double Y, double Z)
{
    /// <summary>Straight-line distance, metres.</summary>
    public double DistanceTo(Point3 other)
    {
        double dx = X - other.X, dy = Y - other.Y, dz = Z - other.Z;
        return Math.Sqrt(dx * dx + dy * dy + dz * dz);
    }
}
