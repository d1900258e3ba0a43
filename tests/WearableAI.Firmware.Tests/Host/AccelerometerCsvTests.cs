using WearableAI.Firmware.Host.Imu;

namespace WearableAI.Firmware.Tests.Host;

public class AccelerometerCsvTests
{
    [Fact]
    public void A_written_trace_reads_back_sample_for_sample_at_its_rate()
    {
        ImuTrace trace = SyntheticImu.Generate(ImuScenario.Shake, 4);
        StringWriter csv = new();
        AccelerometerCsv.Write(csv, trace);

        ImuTrace back = AccelerometerCsv.Read(new StringReader(csv.ToString()), "shake.csv");

        Assert.Equal(trace.Xyz, back.Xyz);
        Assert.Equal(50, back.SampleRateHz);
    }

    [Fact]
    public void Comments_blank_lines_and_the_header_are_skipped()
    {
        string text = "# recorded on the bench\nt_ms,x_mg,y_mg,z_mg\n\n0,1,2,1000\n20,-3,4,998\n";

        ImuTrace trace = AccelerometerCsv.Read(new StringReader(text), "bench.csv");

        Assert.Equal(new short[] { 1, 2, 1000, -3, 4, 998 }, trace.Xyz);
    }

    [Theory]
    [InlineData("0,1,2,3\n20,1,2\n", "bench.csv:2: expected 4 fields")]
    [InlineData("0,1,2,3\n0,1,2,3\n", "bench.csv:2: t_ms 0 does not increase")]
    [InlineData("0,1,2,3\n20,1,x,3\n", "bench.csv:2: y_mg 'x' is not an integer")]
    [InlineData("0,1,2,3\n20,1,2,40000\n", "bench.csv:2: z_mg 40000 is outside")]
    [InlineData("0,1,2,3\n", "bench.csv: needs at least 2 samples")]
    public void Bad_lines_are_refused_with_the_file_and_line_named(string text, string message)
    {
        FormatException error = Assert.Throws<FormatException>(() => AccelerometerCsv.Read(new StringReader(text), "bench.csv"));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }
}
