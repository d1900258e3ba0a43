namespace WearableAI.Hub.Arbitration;

/// <summary>
/// How loud a watch heard the utterance, measured by the hub from the candidate's own features: the mean of
/// the <see cref="LoudestFrames"/> loudest frames' energies, each <c>logScale · log2(Σ_b 2^(f_b / logScale))</c>
/// — the front end's frame energy (<c>FrameEnergy</c>, the unit of the watch's ambient figure) rebuilt from
/// the int8 log-mel bands. Every watch of a room hears the same phrase, so its loudest frames differ from watch
/// to watch by the path loss alone: −6 dB (two octaves of power, 2 · <c>logScale</c> units) per doubling of distance.
/// </summary>
/// <remarks>
/// Why not the watch's own voice energy: it is a running average of the frames above its noise floor with a
/// 1/4 step, read at the moment the tiny model fires — mostly the last syllable heard, and watches fire at
/// different syllables. On the bench fleet (8 watches, 3 rooms, 30 utterances, seed 7) the watch-reported
/// voice-to-ambient ratio picked the nearest watch 20 times of 30, this level 30 of 30, as did aligning every
/// pair of windows frame by frame and comparing the cells both hear (more code for the same answer). Ten frames
/// (0.32 s): "hey nano" is ~0.6 s, so all ten lie inside the phrase on every watch that sent it.
/// </remarks>
public static class VoiceLevel
{
    /// <summary>Frames averaged (the loudest ones of the window).</summary>
    public const int LoudestFrames = 10;

    /// <summary>The level in front-end log units; −128 for a window without frames.</summary>
    /// <param name="features">Row-major int8 log-mel features, <paramref name="frameCount"/> × <paramref name="bandCount"/>.</param>
    /// <param name="frameCount">Frames in the window.</param>
    /// <param name="bandCount">Bands per frame.</param>
    /// <param name="logScale">Feature steps per octave (the manifest's front end; 8).</param>
    public static double Of(sbyte[] features, int frameCount, int bandCount, int logScale)
    {
        ArgumentNullException.ThrowIfNull(features);
        int frames = bandCount <= 0 ? 0 : Math.Min(frameCount, features.Length / bandCount);
        if (frames <= 0)
        {
            return -128;
        }

        double scale = Math.Max(1, logScale);
        double[] energies = new double[frames];
        for (int t = 0; t < frames; t++)
        {
            double sum = 0;
            for (int b = 0; b < bandCount; b++)
            {
                sum += Math.Pow(2, features[(t * bandCount) + b] / scale);
            }

            energies[t] = scale * Math.Log2(sum);
        }

        Array.Sort(energies);
        int n = Math.Min(LoudestFrames, frames);
        double total = 0;
        for (int i = frames - n; i < frames; i++)
        {
            total += energies[i];
        }

        return total / n;
    }
}
