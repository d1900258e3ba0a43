using BenchmarkDotNet.Attributes;
using WearableAI.Shared.Audio;

namespace WearableAI.Benchmarks;

/// <summary>
/// Wall-clock cost of the fixed-point front end on this machine, for one second of 16 kHz audio
/// (31 feature frames). The watch budget is in counted ops (`wai frontend --report`), not time;
/// this benchmark guards against accidental slowdowns and allocations (expect 0 B allocated).
/// </summary>
[MemoryDiagnoser]
public class FrontEndBenchmarks
{
    private readonly short[] _oneSecond = new short[16000];
    private readonly sbyte[] _features = new sbyte[32];
    private LogMelFrontEnd _frontEnd = null!;

    [Params(false, true)]
    public bool NoiseNormalization { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // Deterministic speech-band mixture: two tones and a little pseudo-random noise.
        uint seed = 12345;
        for (int i = 0; i < _oneSecond.Length; i++)
        {
            seed = seed * 1664525 + 1013904223;
            double t = i / 16000.0;
            double v = 6000 * Math.Sin(2 * Math.PI * 220 * t) + 3000 * Math.Sin(2 * Math.PI * 1330 * t) + ((int)(seed >> 20) - 2048);
            _oneSecond[i] = (short)v;
        }

        _frontEnd = new LogMelFrontEnd(new FrontEndSettings { NoiseNormalization = NoiseNormalization });
    }

    [Benchmark(Description = "1 s of audio → 31 frames")]
    public int ProcessOneSecond()
    {
        int frames = 0;
        int at = 0;
        while (at < _oneSecond.Length)
        {
            at += _frontEnd.Process(_oneSecond, at, _oneSecond.Length - at, _features, 0, null);
            if (_frontEnd.FrameReady) frames++;
        }

        return frames;
    }
}
