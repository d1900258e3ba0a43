using System.Text;
using WearableAI.Shared.Common;

namespace WearableAI.Shared.Tests;

public class Crc32Tests
{
    [Fact]
    public void Check_value_of_the_standard_test_string_is_CBF43926()
    {
        byte[] data = Encoding.ASCII.GetBytes("123456789");
        Assert.Equal(0xCBF43926u, Crc32.Compute(data, 0, data.Length));
    }

    [Fact]
    public void Incremental_updates_give_the_same_crc_as_one_pass()
    {
        byte[] data = Encoding.ASCII.GetBytes("hey nano, stop the music");
        uint running = Crc32.Update(Crc32.Start, data, 0, 5);
        running = Crc32.Update(running, data, 5, data.Length - 5);
        Assert.Equal(Crc32.Compute(data, 0, data.Length), Crc32.Finish(running));
    }
}
