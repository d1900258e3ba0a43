namespace WearableAI.Firmware.Host.Imu;

/// <summary>A 3-vector of doubles for building synthetic traces (host only; the watch uses integers).</summary>
/// <param name="X">Along the forearm.</param>
/// <param name="Y">Across the wrist.</param>
/// <param name="Z">Out of the screen.</param>
public readonly record struct Vector3D(double X, double Y, double Z)
{
    /// <summary>Euclidean length.</summary>
    public double Length => Math.Sqrt((X * X) + (Y * Y) + (Z * Z));

    /// <summary>Sum.</summary>
    public static Vector3D operator +(Vector3D a, Vector3D b) => new(a.X + b.X, a.Y + b.Y, a.Z + b.Z);

    /// <summary>Difference.</summary>
    public static Vector3D operator -(Vector3D a, Vector3D b) => new(a.X - b.X, a.Y - b.Y, a.Z - b.Z);

    /// <summary>Scaling.</summary>
    public static Vector3D operator *(Vector3D a, double k) => new(a.X * k, a.Y * k, a.Z * k);

    /// <summary>This direction with the given length.</summary>
    /// <param name="length">The new length.</param>
    /// <returns>The scaled vector.</returns>
    public Vector3D WithLength(double length) => this * (length / Length);
}
