namespace WearableAI.Synthesis.Recordings.Music;

/// <summary>
/// How much MIDI music to compose and render per split, split by seed range (train seeds from
/// 0, validation from 1 000 000, test from 2 000 000), so no piece is heard by two splits.
/// </summary>
/// <param name="TrainPieces">Pieces for training.</param>
/// <param name="ValidationPieces">Pieces for validation.</param>
/// <param name="TestPieces">Pieces for test.</param>
/// <param name="PieceSeconds">Length of each piece, about.</param>
public sealed record GeneratedMusic(int TrainPieces = 60, int ValidationPieces = 45, int TestPieces = 45, double PieceSeconds = 60)
{
    /// <summary>Family name of the rendered pieces in the catalogue.</summary>
    public const string Source = "fluidsynth/generated-music";

    /// <summary>Where the pieces' audio is cached; bump the version when the composer changes.</summary>
    public const string CacheFolder = "rendered/midi-v1";

    /// <summary>No generated music.</summary>
    public static GeneratedMusic None => new(0, 0, 0);

    /// <summary>The first seed of a split's range.</summary>
    public static long FirstSeed(DatasetSplit split) => (long)split * 1_000_000;

    /// <summary>Every (split, seed) to render, in a fixed order.</summary>
    public IEnumerable<(DatasetSplit Split, long Seed)> Pieces()
    {
        foreach ((DatasetSplit split, int count) in new[] { (DatasetSplit.Train, TrainPieces), (DatasetSplit.Validation, ValidationPieces), (DatasetSplit.Test, TestPieces) })
        {
            for (int i = 0; i < count; i++) yield return (split, FirstSeed(split) + i);
        }
    }

    /// <summary>The decoded-cache key of one piece.</summary>
    public string Key(long seed) => $"{CacheFolder}/{PieceSeconds:0}s/seed-{seed:D7}";
}
