using WearableAI.Shared.Audio;
using WearableAI.Shared.Common;
using WearableAI.Shared.Models;
using WearableAI.Training.Data;

namespace WearableAI.Training.Eval;

/// <summary>
/// The watch's compute figures: ops per second of speech (front end + tiny model, counted by the
/// shared kernels' <see cref="OpCounter"/> while streaming real speech clips back to back) and ops
/// per second while idle (the voice-activity gate alone).
/// </summary>
public static class WatchCost
{
    /// <summary>Ops per sample of the documented energy gate: one multiply and one add (sum of squares).</summary>
    public const int GateOpsPerSample = 2;

    /// <summary>Ops per frame of the documented energy gate: noise-floor update (shift, subtract, add) and one compare.</summary>
    public const int GateOpsPerFrame = 4;

    /// <summary>How the idle figure is obtained (the firmware has no voice-activity gate on main yet).</summary>
    public const string IdleSource = "documented time-domain energy gate (firmware VoiceActivityGate not on main): 2 ops/sample (square, accumulate) + 4 ops/frame (noise-floor update, compare)";

    /// <summary>Ops per second of audio of the energy gate at <paramref name="settings"/>' rate and hop.</summary>
    public static double IdleOpsPerSecond(FrontEndSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return (GateOpsPerSample * (double)settings.SampleRate) + (GateOpsPerFrame * settings.FramesPerKilosecond / 1000.0);
    }

    /// <summary>Streams the WAVs of <paramref name="clips"/> back to back through the front end and the model; ops per second of audio.</summary>
    /// <param name="model">The watch model.</param>
    /// <param name="dataset">The dataset (for paths).</param>
    /// <param name="clips">Relative paths of speech clips.</param>
    public static double SpeechOpsPerSecond(WatchModel model, DatasetFolder dataset, IReadOnlyList<string> clips)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(clips);
        var frontEnd = new LogMelFrontEnd(model.Settings);
        var runner = model.CreateRunner();
        var features = new sbyte[model.Settings.MelBands];
        var ops = new OpCounter();
        long samples = 0;
        foreach (string clip in clips)
        {
            short[] pcm = WavReader.Read(dataset.PathOf(clip), model.Settings.SampleRate);
            int position = 0;
            while (position < pcm.Length)
            {
                position += frontEnd.Process(pcm, position, pcm.Length - position, features, 0, ops);
                if (frontEnd.FrameReady) runner.PushFrame(features, 0, ops);
            }

            samples += pcm.Length;
        }

        return samples == 0 ? 0 : ops.Ops * (double)model.Settings.SampleRate / samples;
    }
}
