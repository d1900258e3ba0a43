namespace WearableAI.Fleet;

/// <summary>A point in a room, in metres.</summary>
/// <param name="X">Metres along the room's width.</param>
/// <param name="Y">Metres along the room's depth.</param>
/// <param name="Z">Metres above the floor.</param>
public readonly record struct Position(double X, double Y, double Z = 0)
{
    /// <summary>Straight-line distance in metres.</summary>
    /// <param name="other">The other point.</param>
    public double DistanceTo(Position other)
    {
        double dx = X - other.X, dy = Y - other.Y, dz = Z - other.Z;
        return Math.Sqrt((dx * dx) + (dy * dy) + (dz * dz));
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"({X:0.##}, {Y:0.##}, {Z:0.##})");
}
