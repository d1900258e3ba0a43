using NWaves.Transforms;
using WearableAI.Shared.Audio;
using WearableAI.FrontEndReference;

namespace WearableAI.Shared.Tests.Audio;

/// <summary>The fixed-point stages agree with double-precision references (NWaves, System.Math).</summary>
public class FloatReferenceAgreementTests
{
    [Fact]
    public void Log_mel_energies_agree_with_the_float_reference_to_at_least_40_dB()
    {
        FrontEndReport report = FrontEndReport.Measure(new FrontEndSettings());
        Assert.True(report.SnrLog2Db >= 40, $"log2 SNR {report.SnrLog2Db:F1} dB");
        Assert.True(report.SnrInt8Db >= 40, $"int8 SNR {report.SnrInt8Db:F1} dB");
    }

    [Fact]
    public void Loud_and_quiet_frames_agree_with_the_float_reference_within_a_tenth_of_an_octave()
    {
        var settings = new FrontEndSettings();
        var reference = new FrontEndFloatReference(settings);
        foreach (short[] pcm in new[] { SyntheticSpeech.Vowels(0.5, 8000, 7), SyntheticSpeech.Vowels(0.5, 60, 8) })
        {
            FrontEndRun run = FrontEndRun.Of(settings, pcm);
            List<double[]> expected = reference.Log2MelEnergies(pcm);
            for (int f = 1; f < expected.Count; f++)
            {
                double peak = expected[f].Max();
                for (int b = 0; b < settings.MelBands; b++)
                {
                    // Bands within 40 dB (13 octaves) of the frame's loudest band and above the int8 floor.
                    if (expected[f][b] < Math.Max(peak - 13, FrontEndFloatReference.FloorLog2(settings) + 2)) continue;
                    Assert.InRange(run.Log2[f][b] - expected[f][b], -0.1, 0.1);
                }
            }
        }
    }

    [Fact]
    public void Fixed_point_fft_matches_the_float_fft()
    {
        const int N = 256;
        var fft = new FixedRealFft(N);
        var rng = new Random(5);
        var input = new int[N];
        var fixedRe = new int[N / 2 + 1];
        var fixedIm = new int[N / 2 + 1];
        var re = new double[N];
        var im = new double[N];
        double signal = 0;
        double noise = 0;
        for (int trial = 0; trial < 20; trial++)
        {
            for (int n = 0; n < N; n++) input[n] = rng.Next(-16384, 16385);
            if (trial == 0) Array.Fill(input, 16384);
            fft.Transform(input, fixedRe, fixedIm);
            new RealFft64(N).Direct(input.Select(v => (double)v).ToArray(), re, im);
            for (int k = 0; k <= N / 2; k++)
            {
                signal += 4 * (re[k] * re[k] + im[k] * im[k]);
                noise += Math.Pow(fixedRe[k] - 2 * re[k], 2) + Math.Pow(fixedIm[k] - 2 * im[k], 2);
            }
        }

        double snr = 10 * Math.Log10(signal / noise);
        Assert.True(snr > 80, $"FFT SNR {snr:F1} dB");
    }

    [Fact]
    public void Integer_log2_is_within_a_ten_thousandth_of_an_octave()
    {
        var log2 = new FixedLog2();
        var rng = new Random(3);
        for (int i = 0; i < 20000; i++)
        {
            long v = i < 64 ? 1L << i % 63 : (long)(Math.Pow(2, rng.NextDouble() * 62));
            if (v <= 0) continue;
            double error = log2.Log2Q16(v) / 65536.0 - Math.Log2(v);
            Assert.InRange(error, -1e-4, 1e-4);
        }

        Assert.Equal(FixedLog2.FloorQ16, log2.Log2Q16(0));
    }

    [Fact]
    public void Mel_weights_match_the_float_triangles_and_complementary_pairs_sum_to_one()
    {
        var settings = new FrontEndSettings();
        var bank = new MelFilterBank(settings);
        double[,] expected = FrontEndFloatReference.MelWeights(settings);
        int bins = settings.WindowSize / 2 + 1;
        for (int k = 0; k < bins; k++)
        {
            int sum = 0;
            for (int b = 0; b < settings.MelBands; b++)
            {
                Assert.InRange(bank.WeightQ15(b, k) / 32768.0 - expected[b, k], -1.0 / 32768, 1.0 / 32768);
                sum += bank.WeightQ15(b, k);
            }

            double hz = k * 8000.0 / settings.WindowSize;
            bool insideOuterBands = hz > MelFilterBank.MelToHz(BandEdgeMel(settings, 1)) && hz < MelFilterBank.MelToHz(BandEdgeMel(settings, settings.MelBands));
            if (insideOuterBands) Assert.Equal(32768, sum);
        }

        for (int b = 0; b < settings.MelBands; b++)
        {
            Assert.True(Enumerable.Range(0, bins).Sum(k => bank.WeightQ15(b, k)) > 0, $"band {b} has no bins");
        }
    }

    [Fact]
    public void The_construction_time_math_matches_System_Math()
    {
        for (double hz = 0; hz < 8000; hz += 37.5)
        {
            double mel = 2595 * Math.Log10(1 + hz / 700);
            Assert.Equal(mel, MelFilterBank.HzToMel(hz), 9);
            Assert.Equal(hz, MelFilterBank.MelToHz(mel), 7);
        }
    }

    private static double BandEdgeMel(FrontEndSettings s, int edge)
    {
        double lo = MelFilterBank.HzToMel(s.LowHz);
        double hi = MelFilterBank.HzToMel(s.HighHz);
        return lo + (hi - lo) * edge / (s.MelBands + 1);
    }
}
