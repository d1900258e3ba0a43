using CsCheck;
using WearableAI.Shared.Audio;

namespace WearableAI.Shared.Tests.Audio;

public class PcmWavTests
{
    [Fact]
    public void Written_files_parse_back_to_the_same_samples_and_rate()
    {
        Gen.Short.Array[0, 2000].Select(Gen.Int[8000, 48000]).Sample((samples, rate) =>
        {
            byte[] file = PcmWav.Write(samples, 0, samples.Length, rate);
            string? error = PcmWav.TryParse(file, out short[] parsed, out int parsedRate);
            return error == null && parsedRate == rate && parsed.AsSpan().SequenceEqual(samples);
        });
    }

    [Fact]
    public void The_header_is_the_canonical_44_byte_RIFF_header()
    {
        byte[] file = PcmWav.Write([1, -2], 0, 2, 16000);
        Assert.Equal(48, file.Length);
        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(file, 0, 4));
        Assert.Equal("WAVEfmt ", System.Text.Encoding.ASCII.GetString(file, 8, 8));
        Assert.Equal(new byte[] { 1, 0, 0xFE, 0xFF }, file[44..]);
    }

    [Fact]
    public void A_truncated_data_chunk_keeps_the_whole_samples_that_are_there()
    {
        byte[] file = PcmWav.Write([10, 20, 30, 40], 0, 4, 16000);
        Assert.Null(PcmWav.TryParse(file[..^3], out short[] samples, out int rate));
        Assert.Equal(new short[] { 10, 20 }, samples);
        Assert.Equal(16000, rate);
    }

    [Fact]
    public void A_file_cut_inside_the_header_is_refused()
    {
        byte[] file = PcmWav.Write([10, 20], 0, 2, 16000);
        Assert.NotNull(PcmWav.TryParse(file[..30], out short[] samples, out _));
        Assert.Empty(samples);
        Assert.NotNull(PcmWav.TryParse(file[..8], out _, out _));
    }

    [Fact]
    public void Stereo_is_refused_with_a_reason_naming_the_channel_count()
    {
        byte[] file = PcmWav.Write([1, 2, 3, 4], 0, 4, 16000);
        file[22] = 2;
        Assert.Contains("channel count 2", PcmWav.TryParse(file, out _, out _), StringComparison.Ordinal);
    }

    [Fact]
    public void Eight_bit_audio_is_refused_with_a_reason_naming_the_sample_size()
    {
        byte[] file = PcmWav.Write([1, 2, 3, 4], 0, 4, 16000);
        file[34] = 8;
        Assert.Contains("8 bits", PcmWav.TryParse(file, out _, out _), StringComparison.Ordinal);
    }

    [Fact]
    public void Non_wav_data_is_refused()
    {
        Assert.NotNull(PcmWav.TryParse(System.Text.Encoding.ASCII.GetBytes("hello, this is not audio"), out _, out _));
    }
}
