namespace WearableAI.Synthesis;

/// <summary>
/// 64-bit FNV-1a over UTF-16 code units: a hash that is the same on every machine, run and
/// .NET version (unlike <see cref="string.GetHashCode()"/>), so speaker splits and clip
/// seeds never move.
/// </summary>
public static class StableHash
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Hashes the parts in order, with a separator between them.</summary>
    public static ulong Of(params string[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ulong hash = OffsetBasis;
        foreach (string part in parts)
        {
            foreach (char c in part)
            {
                hash = (hash ^ (byte)c) * Prime;
                hash = (hash ^ (byte)(c >> 8)) * Prime;
            }

            hash = (hash ^ 0x1F) * Prime; // unit separator: ("ab","c") != ("a","bc")
        }

        return hash;
    }
}
