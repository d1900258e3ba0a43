using BenchmarkDotNet.Attributes;
using WearableAI.Shared.Common;
using WearableAI.Shared.Inference;

namespace WearableAI.Benchmarks;

/// <summary>
/// The int8 kernels at the shapes of the docs/kernels.md example model, one call per
/// invocation. Host (.NET 10, RyuJIT) figures only: the watch runs the same code interpreted,
/// which is why the tools report counted ops rather than time. Expect 0 B allocated.
/// Run: dotnet run -c Release --project tools/Benchmarks -- --filter '*KernelBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class KernelBenchmarks
{
    private readonly sbyte[] _frame32 = new sbyte[32];
    private readonly sbyte[] _frame24 = new sbyte[24];
    private readonly sbyte[] _out24 = new sbyte[24];
    private readonly sbyte[] _out13 = new sbyte[13];
    private QuantizedLayer _dense = null!;
    private QuantizedLayer _conv = null!;
    private QuantizedLayer _depthwise = null!;
    private TimeConvStream _convStream = null!;
    private TimeConvStream _depthwiseStream = null!;
    private OpCounter _ops = null!;

    [GlobalSetup]
    public void Setup()
    {
        Random rng = new(1);
        for (int i = 0; i < 32; i++) _frame32[i] = (sbyte)rng.Next(-128, 128);
        for (int i = 0; i < 24; i++) _frame24[i] = (sbyte)rng.Next(-128, 128);
        _dense = Layer(rng, LayerKind.Dense, 32, 13, 1, 1, 1);
        _conv = Layer(rng, LayerKind.Conv1D, 32, 24, 3, 1, 1);
        _depthwise = Layer(rng, LayerKind.DepthwiseConv1D, 24, 24, 3, 1, 2);
        _convStream = new TimeConvStream(_conv);
        _depthwiseStream = new TimeConvStream(_depthwise);
        _ops = new OpCounter();
    }

    /// <summary>Dense 32→13 (the example head): 910 counted ops.</summary>
    [Benchmark]
    public void Dense_32x13() => DenseKernel.Run(_dense, _frame32, 0, _out13, 0, null, _ops);

    /// <summary>Streaming conv 32→24, k3, stride 1 so that every push computes: 4,752 counted ops.</summary>
    [Benchmark]
    public bool Conv1D_stream_32x24_k3() => _convStream.Push(_frame32, 0, _out24, 0, _ops);

    /// <summary>Streaming depthwise 24 channels, k3, d2: 288 counted ops.</summary>
    [Benchmark]
    public bool Depthwise_stream_24_k3_d2() => _depthwiseStream.Push(_frame24, 0, _out24, 0, _ops);

    private static QuantizedLayer Layer(Random rng, LayerKind kind, int inChannels, int outChannels, int k, int s, int d)
    {
        QuantizedLayer layer = new()
        {
            Kind = kind,
            InChannels = inChannels,
            OutChannels = outChannels,
            KernelSize = k,
            Stride = s,
            Dilation = d,
        };
        layer.Weights = new sbyte[layer.WeightCount];
        for (int i = 0; i < layer.Weights.Length; i++) layer.Weights[i] = (sbyte)rng.Next(-127, 128);
        layer.Bias = new int[outChannels];
        layer.Multipliers = new int[outChannels];
        layer.Shifts = new int[outChannels];
        for (int o = 0; o < outChannels; o++)
        {
            layer.Multipliers[o] = 1518500250;
            layer.Shifts[o] = 9;
        }

        return layer;
    }
}
