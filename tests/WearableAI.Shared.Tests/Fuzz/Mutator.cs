namespace WearableAI.Shared.Tests.Fuzz;

/// <summary>
/// Byte-level mutations of a valid input, as a coverage-guided fuzzer would try them: bit flips,
/// interesting values (0, 1, 0x7F, 0x80, 0xFF, 16- and 32-bit extremes) written over fields,
/// inserted and deleted runs, truncation, duplication of a slice and appended garbage. Seeded, so a
/// failing case is reproduced from its seed alone.
/// </summary>
internal static class Mutator
{
    private static readonly byte[] InterestingBytes = [0x00, 0x01, 0x02, 0x20, 0x7E, 0x7F, 0x80, 0x81, 0xFE, 0xFF];
    private static readonly uint[] InterestingWords = [0, 1, 0x7F, 0x80, 0xFF, 0x100, 0x7FFF, 0x8000, 0xFFFF, 0x1_0000, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFF, 4075, 4076, 4096, 3072, 3073];

    /// <summary>Applies 1..<paramref name="maxSteps"/> random mutations to a copy of <paramref name="input"/>.</summary>
    public static byte[] Mutate(byte[] input, int seed, int maxSteps = 4)
    {
        var random = new Random(seed);
        List<byte> bytes = [.. input];
        int steps = random.Next(1, maxSteps + 1);
        for (int step = 0; step < steps; step++)
        {
            Apply(bytes, random);
        }

        return [.. bytes];
    }

    private static void Apply(List<byte> bytes, Random random)
    {
        int at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
        switch (random.Next(8))
        {
            case 0 when bytes.Count > 0:
                bytes[at] ^= (byte)(1 << random.Next(8));
                break;
            case 1 when bytes.Count > 0:
                bytes[at] = InterestingBytes[random.Next(InterestingBytes.Length)];
                break;
            case 2:
                uint word = InterestingWords[random.Next(InterestingWords.Length)];
                int width = random.Next(2) == 0 ? 2 : 4;
                for (int i = 0; i < width && at + i < bytes.Count; i++)
                {
                    bytes[at + i] = (byte)(word >> (8 * i));
                }

                break;
            case 3:
                bytes.InsertRange(at, Enumerable.Range(0, random.Next(1, 9)).Select(_ => (byte)random.Next(256)));
                break;
            case 4 when bytes.Count > 0:
                bytes.RemoveRange(at, Math.Min(random.Next(1, 9), bytes.Count - at));
                break;
            case 5:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            case 6 when bytes.Count > 0:
                int length = Math.Min(random.Next(1, 33), bytes.Count - at);
                bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                break;
            default:
                bytes.AddRange(Enumerable.Range(0, random.Next(1, 17)).Select(_ => (byte)random.Next(256)));
                break;
        }
    }
}
