using WearableAI.Shared.Models;
using WearableAI.TestSupport.Models;

namespace WearableAI.Shared.Tests.Models;

public class ModelBlobCorruptionTests
{
    private static readonly byte[] Blob = ModelBlobWriter.Write(RandomWatchModel.Create(11));

    [Fact]
    public void Flipping_any_bit_after_the_crc_field_is_caught_by_the_crc()
    {
        for (int i = ModelBlobFormat.CrcStart; i < Blob.Length; i++)
        {
            byte[] copy = (byte[])Blob.Clone();
            copy[i] ^= (byte)(1 << (i % 8));
            ModelBlobLoadResult result = ModelBlobLoader.Load(copy);
            Assert.Equal(ModelBlobError.CrcMismatch, result.Error);
            Assert.Null(result.Model);
        }
    }

    [Theory]
    [InlineData(0, ModelBlobError.BadMagic)]
    [InlineData(3, ModelBlobError.BadMagic)]
    [InlineData(4, ModelBlobError.UnsupportedVersion)]
    [InlineData(5, ModelBlobError.UnsupportedVersion)]
    [InlineData(6, ModelBlobError.UnsupportedFlags)]
    [InlineData(7, ModelBlobError.UnsupportedFlags)]
    [InlineData(8, ModelBlobError.LengthMismatch)]
    [InlineData(11, ModelBlobError.LengthMismatch)]
    [InlineData(12, ModelBlobError.CrcMismatch)]
    [InlineData(15, ModelBlobError.CrcMismatch)]
    public void Flipping_a_header_bit_is_refused_with_the_reason_of_that_field(int index, ModelBlobError expected)
    {
        for (int bit = 0; bit < 8; bit++)
        {
            if (index == ModelBlobFormat.FlagsOffset && (1 << bit) == ModelBlobFormat.FlagWakeMargin)
            {
                continue; // a known flag: see the next test
            }

            byte[] copy = (byte[])Blob.Clone();
            copy[index] ^= (byte)(1 << bit);
            Assert.Equal(expected, ModelBlobLoader.Load(copy).Error);
        }
    }

    [Fact]
    public void The_wake_margin_flag_is_the_one_flag_a_blob_may_set_and_it_round_trips()
    {
        WatchModel model = RandomWatchModel.Create(11);
        model.WakeScoreIsMargin = true;
        byte[] blob = ModelBlobWriter.Write(model);

        Assert.Equal(ModelBlobFormat.FlagWakeMargin, blob[ModelBlobFormat.FlagsOffset]);
        Assert.True(ModelBlobLoader.Load(blob).Model!.WakeScoreIsMargin);
        Assert.False(ModelBlobLoader.Load(Blob).Model!.WakeScoreIsMargin);

        blob[ModelBlobFormat.FlagsOffset] |= 0x02;
        ModelBlobLoadResult refused = ModelBlobLoader.Load(blob);
        Assert.Equal(ModelBlobError.UnsupportedFlags, refused.Error);
        Assert.Contains("0x0002", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncation_at_every_byte_is_refused()
    {
        for (int length = 0; length < Blob.Length; length++)
        {
            ModelBlobLoadResult result = ModelBlobLoader.Load(Blob, 0, length);
            Assert.Equal(length < ModelBlobFormat.HeaderSize ? ModelBlobError.TooShort : ModelBlobError.LengthMismatch, result.Error);
            Assert.False(string.IsNullOrEmpty(result.Message));
        }
    }

    [Fact]
    public void A_truncated_blob_with_a_matching_length_and_crc_reports_the_truncated_section()
    {
        for (int length = ModelBlobFormat.HeaderSize; length < Blob.Length; length++)
        {
            byte[] cut = Blob[..length];
            ModelBlobWriter.Seal(cut);
            Assert.Equal(ModelBlobError.TruncatedSection, ModelBlobLoader.Load(cut).Error);
        }
    }

    [Fact]
    public void Trailing_bytes_after_the_last_layer_are_refused()
    {
        byte[] longer = new byte[Blob.Length + 1];
        Blob.CopyTo(longer, 0);
        ModelBlobWriter.Seal(longer);
        Assert.Equal(ModelBlobError.TrailingBytes, ModelBlobLoader.Load(longer).Error);
    }

    [Fact]
    public void Missing_data_or_a_range_outside_the_buffer_is_refused_without_throwing()
    {
        Assert.Equal(ModelBlobError.TooShort, ModelBlobLoader.Load(null).Error);
        Assert.Equal(ModelBlobError.TooShort, ModelBlobLoader.Load(Blob, Blob.Length - 3, 10).Error);
        Assert.Equal(ModelBlobError.TooShort, ModelBlobLoader.Load(Blob, -1, 10).Error);
    }

    [Fact]
    public void Random_garbage_with_a_valid_header_never_throws()
    {
        Random rng = new(3);
        for (int trial = 0; trial < 2000; trial++)
        {
            byte[] copy = (byte[])Blob.Clone();
            int edits = rng.Next(1, 6);
            for (int e = 0; e < edits; e++) copy[rng.Next(ModelBlobFormat.CrcStart, copy.Length)] = (byte)rng.Next(256);
            ModelBlobWriter.Seal(copy);
            ModelBlobLoadResult result = ModelBlobLoader.Load(copy);
            Assert.Equal(result.IsValid, result.Model != null);
        }
    }
}
