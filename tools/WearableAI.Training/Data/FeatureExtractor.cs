using WearableAI.Shared.Audio;

namespace WearableAI.Training.Data;

/// <summary>
/// Runs the shared fixed-point <see cref="LogMelFrontEnd"/> over PCM: the very code the watch and
/// the hub run, so training sees bit-identical features. One instance per thread.
/// </summary>
public sealed class FeatureExtractor
{
    private readonly LogMelFrontEnd _frontEnd;

    /// <summary>Creates an extractor for <paramref name="settings"/>.</summary>
    public FeatureExtractor(FrontEndSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _frontEnd = new LogMelFrontEnd(settings);
        Settings = settings.Clone();
    }

    /// <summary>The settings in use.</summary>
    public FrontEndSettings Settings { get; }

    /// <summary>Features per frame (mel bands).</summary>
    public int Bands => Settings.MelBands;

    /// <summary>
    /// Streams <paramref name="pcm"/> through a freshly reset front end and returns every completed
    /// frame, frame-major (<c>frame · Bands + band</c>).
    /// </summary>
    public sbyte[] Compute(short[] pcm)
    {
        ArgumentNullException.ThrowIfNull(pcm);
        _frontEnd.Reset();
        int bands = Bands;
        var features = new sbyte[(pcm.Length / Settings.InputSamplesPerHop + 1) * bands];
        int frames = 0;
        int position = 0;
        while (position < pcm.Length)
        {
            position += _frontEnd.Process(pcm, position, pcm.Length - position, features, frames * bands, null);
            if (_frontEnd.FrameReady) frames++;
        }

        return features.AsSpan(0, frames * bands).ToArray();
    }
}
