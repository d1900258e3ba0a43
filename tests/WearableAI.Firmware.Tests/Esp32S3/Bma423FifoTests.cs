using WearableAI.Esp32S3.Board;

namespace WearableAI.Firmware.Tests.Esp32S3;

/// <summary>The BMA423 FIFO decoder on bytes laid out as the chip's headerless accelerometer frames (Bosch datasheet, FIFO section).</summary>
public class Bma423FifoTests
{
    private static readonly int[] Identity = [0, 1, 2];

    /// <summary>One headerless frame: x, y, z little-endian, the 12-bit reading left-justified (±8 g: 1 LSB of 12 bits = 16 of 16).</summary>
    private static byte[] Frame(int xMilliG, int yMilliG, int zMilliG)
    {
        static short Raw(int milliG) => (short)(milliG * 4096 / 1000 & ~0xF);
        short x = Raw(xMilliG), y = Raw(yMilliG), z = Raw(zMilliG);
        return [(byte)x, (byte)(x >> 8), (byte)y, (byte)(y >> 8), (byte)z, (byte)(z >> 8)];
    }

    [Fact]
    public void A_watch_lying_face_up_reads_one_g_out_of_the_screen_within_a_12_bit_step()
    {
        byte[] fifo = [.. Frame(0, 0, 1000), .. Frame(0, 0, 1000)];
        short[] xyz = new short[6];

        Assert.Equal(2, Bma423Fifo.Decode(fifo, fifo.Length, Identity, xyz, 0, 2));
        Assert.InRange(xyz[2], 996, 1000);
        Assert.InRange(xyz[5], 996, 1000);
        Assert.Equal(0, xyz[0]);
    }

    [Fact]
    public void Axes_are_remapped_and_negated_into_the_watch_frame()
    {
        byte[] fifo = Frame(500, -250, 1000);
        short[] xyz = new short[3];

        Bma423Fifo.Decode(fifo, fifo.Length, [1, 0, 2 | 4], xyz, 0, 1);

        Assert.InRange(xyz[0], -251, -246);
        Assert.InRange(xyz[1], 496, 500);
        Assert.InRange(xyz[2], -1000, -996);
    }

    [Fact]
    public void Filler_frames_are_skipped_and_a_partial_frame_waits_for_the_next_read()
    {
        byte[] filler = [0x00, 0x80, 0x00, 0x80, 0x00, 0x80];
        byte[] fifo = [.. Frame(100, 0, 0), .. filler, .. Frame(200, 0, 0), .. Frame(300, 0, 0).AsSpan(0, 4)];
        short[] xyz = new short[12];

        Assert.Equal(2, Bma423Fifo.Decode(fifo, fifo.Length, Identity, xyz, 0, 4));
        Assert.InRange(xyz[0], 96, 100);
        Assert.InRange(xyz[3], 196, 200);
    }

    [Fact]
    public void No_more_samples_are_written_than_the_caller_has_room_for()
    {
        byte[] fifo = [.. Frame(1, 1, 1), .. Frame(2, 2, 2), .. Frame(3, 3, 3)];
        short[] xyz = new short[6];

        Assert.Equal(2, Bma423Fifo.Decode(fifo, fifo.Length, Identity, xyz, 0, 2));
    }
}
