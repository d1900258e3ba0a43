using WearableAI.Training.Tiny;
using Xunit.Abstractions;

namespace WearableAI.Training.Tests.Tiny;

public class IntegerParityTests(ITestOutputHelper output)
{
    public static TheoryData<string, TinyNetShape> Shapes => new()
    {
        { "watch", TinyNetShape.Watch },
        { "stride 3, wide kernels", new TinyNetShape(32, 16, 5, 3, [new TinyBlockShape(20, 1, 5), new TinyBlockShape(12, 3, 2)], 4) },
        { "no blocks", new TinyNetShape(32, 8, 2, 1, [], 3) },
        { "four blocks", new TinyNetShape(32, 12, 3, 2, [new TinyBlockShape(12, 1), new TinyBlockShape(16, 2), new TinyBlockShape(16, 4), new TinyBlockShape(20, 8)], 3) },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Random_quantised_networks_export_bit_exactly_on_random_and_edge_inputs(string name, TinyNetShape shape)
    {
        TinyTrainingResult model = QuantisedNets.Create(shape, seed: name.Length);
        using TinyKeywordNet net = model.Model;

        TinyExportResult export = TinyExporter.Export(model, new TinyExportOptions { GoldenFrames = shape.ReceptiveField + 40, RandomGoldenWindows = 6 });

        output.WriteLine($"{name}: {export.Parity}");
        Assert.True(export.Parity.BitExact, export.Parity.ToString());
        Assert.True(export.Parity.ArgmaxAgreement >= 0.9, export.Parity.ToString());
        Assert.True(export.Parity.MeanLogitDiffLsb <= 0.5, export.Parity.ToString());
    }

    [Fact]
    public void The_integer_reference_rounds_half_way_cases_up_like_the_watch_requantiser()
    {
        var layer = new WearableAI.Shared.Inference.QuantizedLayer { OutputZeroPoint = 0, ActMin = -128, ActMax = 127 };
        const int half = 1 << 30; // multiplier 0.5 with shift 0

        Assert.Equal(3, IntegerReference.Requantize(5, half, 0, layer));   // 2.5 → 3
        Assert.Equal(-2, IntegerReference.Requantize(-5, half, 0, layer)); // −2.5 → −2
        Assert.Equal(0, IntegerReference.Requantize(-1, half, 0, layer));  // −0.5 → 0
        Assert.Equal(127, IntegerReference.Requantize(1000, half, 0, layer));
    }
}
