using CsCheck;
using WearableAI.Shared.Models;
using WearableAI.TestSupport.Models;

namespace WearableAI.Shared.Tests.Fuzz;

/// <summary>
/// Fuzzing of <see cref="ModelBlobLoader.Load(byte[], int, int)"/>: random bytes, and valid blobs of random
/// models mutated then resealed (length and CRC right again, so the section checks are what is
/// exercised). Outcomes allowed: a model, or a <see cref="ModelBlobError"/> with a message.
/// </summary>
public sealed class ModelBlobLoaderFuzzTests
{
    private const int TimeLimitSeconds = 2;

    private static readonly byte[][] ValidBlobs = [.. Enumerable.Range(1, 6).Select(seed => ModelBlobWriter.Write(RandomWatchModel.Create(seed)))];

    [Fact]
    public void Mutated_valid_blobs_load_or_are_refused_with_a_reason()
    {
        Gen.Select(Gen.Int[0, ValidBlobs.Length - 1], Gen.Int, Gen.Bool).Sample(
            (which, seed, reseal) =>
            {
                byte[] blob = Mutator.Mutate(ValidBlobs[which], seed, maxSteps: 6);
                if (reseal && blob.Length >= ModelBlobFormat.HeaderSize)
                {
                    ModelBlobWriter.Seal(blob);
                }

                FuzzOracle.Blob(blob);
            },
            iter: 3000,
            time: TimeLimitSeconds);
    }

    [Fact]
    public void Random_bytes_behind_a_valid_magic_and_header_are_refused_with_a_reason()
    {
        byte[] header = ValidBlobs[0][..ModelBlobFormat.HeaderSize];
        Gen.Byte.Array[0, 2000].Sample(
            body =>
            {
                byte[] blob = [.. header, .. body];
                ModelBlobWriter.Seal(blob);
                FuzzOracle.Blob(blob);
            },
            iter: 5000,
            time: TimeLimitSeconds);
    }

    [Fact]
    public void Random_garbage_is_refused_with_a_reason()
    {
        Gen.Byte.Array[0, 600].Sample(garbage => Assert.NotEqual(ModelBlobError.None, FuzzOracle.Blob(garbage)), iter: 5000, time: TimeLimitSeconds);
    }
}
