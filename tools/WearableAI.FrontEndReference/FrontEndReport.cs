using WearableAI.Shared.Audio;
using WearableAI.Shared.Common;


namespace WearableAI.FrontEndReference;

/// <summary>The measured figures of `wai frontend --report`.</summary>
public sealed class FrontEndReport
{
    public required List<(string Stage, long Ops)> Stages { get; init; }
    public required double FramesPerSecond { get; init; }
    public required double OpsPerSecond { get; init; }
    public required int Frames { get; init; }
    public required double Seconds { get; init; }
    public required double SnrLog2Db { get; init; }
    public required double SnrInt8Db { get; init; }
    public required double MaxErrorLog2 { get; init; }

    /// <summary>Runs the golden signal set through the fixed and the float front ends.</summary>
    public static FrontEndReport Measure(FrontEndSettings settings)
    {
        var counter = new OpCounter();
        var reference = new FrontEndFloatReference(settings);
        var fixedLog2 = new List<double[]>();
        var int8Log2 = new List<double[]>();
        var floatLog2 = new List<double[]>();
        long samples = 0;
        double floor = FrontEndFloatReference.FloorLog2(settings);
        double maxError = 0;
        foreach ((_, short[] pcm) in SyntheticSpeech.GoldenSet())
        {
            FrontEndRun run = FrontEndRun.Of(settings, pcm, counter);
            List<double[]> expected = reference.Log2MelEnergies(pcm);
            fixedLog2.AddRange(run.Log2);
            int8Log2.AddRange(run.Features.Select(f => f.Select(v => (v + (double)settings.LogOffset) / settings.LogScale).ToArray()));
            floatLog2.AddRange(expected);
            for (int f = 0; f < expected.Count; f++)
            {
                for (int b = 0; b < settings.MelBands; b++)
                {
                    maxError = Math.Max(maxError, Math.Abs(Math.Max(run.Log2[f][b], floor) - Math.Max(expected[f][b], floor)));
                }
            }

            samples += pcm.Length;
        }

        var n = settings.WindowSize;
        var melBank = new MelFilterBank(settings);
        var decimator = new HalfBandDecimator(settings.Decimation);
        var frontEnd = new LogMelFrontEnd(settings);
        long decimate = (long)decimator.OpsPerSample * settings.HopSize;
        long scaling = BlockScaling.OpsFor(n);
        long window = new AnalysisWindow(n).OpsPerFrame;
        long fft = new FixedRealFft(n).OpsPerTransform;
        long power = (long)PowerSpectrum.OpsPerBin * (melBank.LastBin - melBank.FirstBin + 1);
        long mel = melBank.OpsPerFrame;
        long log2 = (long)FixedLog2.OpsPerCall * (settings.MelBands + 1);
        long rest = frontEnd.OpsPerFrame - decimate - scaling - window - fft - power - mel - log2;
        double seconds = (double)samples / settings.SampleRate;
        return new FrontEndReport
        {
            Stages =
            [
                ("half-band decimator (6 ops × hop)", decimate),
                ("block scaling (max/min, bit length)", scaling),
                ("Hamming window + shift", window),
                ("real FFT (128-pt complex + split)", fft),
                ("power spectrum (mel bins only)", power),
                ("mel filter bank", mel),
                ("integer log2 (bands + frame energy)", log2),
                ("scale, offset, clamp, energy" + (settings.NoiseNormalization ? ", noise floor" : ""), rest),
                ("total", frontEnd.OpsPerFrame),
            ],
            FramesPerSecond = settings.FramesPerKilosecond / 1000.0,
            OpsPerSecond = counter.Ops / seconds,
            Frames = fixedLog2.Count,
            Seconds = seconds,
            SnrLog2Db = FrontEndFloatReference.SnrDb(floatLog2, fixedLog2, floor),
            SnrInt8Db = FrontEndFloatReference.SnrDb(floatLog2, int8Log2, floor),
            MaxErrorLog2 = maxError,
        };
    }
}
