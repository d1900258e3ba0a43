using WearableAI.Shared.Audio;
using WearableAI.Shared.Common;

namespace WearableAI.FrontEndReference;

/// <summary>The fixed-point front end's output for a whole signal.</summary>
public sealed class FrontEndRun
{
    /// <summary>Int8 features, one array per frame.</summary>
    public List<sbyte[]> Features { get; } = [];

    /// <summary>Frame energies in feature units.</summary>
    public List<int> Energies { get; } = [];

    /// <summary>Band log2 energies (Q16 converted to double), one array per frame.</summary>
    public List<double[]> Log2 { get; } = [];

    /// <summary>Runs <paramref name="pcm"/> through a fresh front end in chunks of <paramref name="chunk"/> samples.</summary>
    public static FrontEndRun Of(FrontEndSettings settings, short[] pcm, OpCounter? ops = null, int chunk = 4096)
    {
        var frontEnd = new LogMelFrontEnd(settings);
        var run = new FrontEndRun();
        var features = new sbyte[settings.MelBands];
        var log2 = new int[settings.MelBands];
        int at = 0;
        while (at < pcm.Length)
        {
            int used = frontEnd.Process(pcm, at, Math.Min(chunk, pcm.Length - at), features, 0, ops);
            at += used;
            if (!frontEnd.FrameReady) continue;
            run.Features.Add((sbyte[])features.Clone());
            run.Energies.Add(frontEnd.FrameEnergy);
            frontEnd.CopyBandLog2Q16(log2, 0);
            run.Log2.Add(log2.Select(v => v / 65536.0).ToArray());
        }

        return run;
    }
}
