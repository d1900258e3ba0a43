using System.Globalization;
using WearableAI.Firmware.Host.Signals;
using WearableAI.Firmware.Host.Simulation;
using WearableAI.Firmware.Listening;
using WearableAI.Shared.Models;
using WearableAI.Shared.Protocol;

namespace WearableAI.Firmware.Host.Watching;

/// <summary>
/// The watch's budget figures (DESIGN.md): counted ops per second of audio with speech and
/// while idle, and working memory. Runs the real firmware core on simulated hardware over
/// <see cref="Seconds"/> s of speech-like signal and of quiet noise.
/// </summary>
public static class BudgetReport
{
    /// <summary>Length of each measured signal.</summary>
    public const double Seconds = 10;

    /// <summary>Measures <paramref name="model"/> (the reference model when null).</summary>
    /// <param name="model">The model to run.</param>
    /// <returns>The figures.</returns>
    public static BudgetFigures Measure(WatchModel? model = null)
    {
        model ??= ReferenceModel.Create();
        (double idle, _) = OpsPerSecond(model, SpeechLikeSignal.Noise(Seconds, 1));
        (double speech, ListeningPipeline pipeline) = OpsPerSecond(model, SpeechLikeSignal.Speech(Seconds, 2));
        KeywordSpotter spotter = pipeline.Spotter;
        return new BudgetFigures(
            idle,
            speech,
            FrontEndMemory.EstimateBytes(model.Settings),
            spotter.WorkingBytes,
            model.CreateRunner().WeightBytes,
            pipeline.WorkingBytes,
            (2 * FrameCodec.MaxFrameSize) + (new WatchSettings().OfflineQueueCapacity * (FrameCodec.MinFrameSize + 9 + ProtocolLimits.MaxFeatures)))
        {
            PreRollBytes = pipeline.PreRollBytes,
        };
    }

    /// <summary>The report as text lines.</summary>
    /// <param name="figures">Measured figures.</param>
    public static string Format(BudgetFigures figures)
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        return string.Join(Environment.NewLine,
            "watch budget (reference model unless --model; counted ops per second of audio)",
            string.Format(c, "  idle (quiet noise: gate + pre-roll){0,8:N0} ops/s   budget 50,000", figures.IdleOpsPerSecond),
            string.Format(c, "  speech (gate + front end + model){0,10:N0} ops/s   budget 500,000", figures.SpeechOpsPerSecond),
            string.Format(c, "  front end working memory        {0,10:N0} bytes", figures.FrontEndBytes),
            string.Format(c, "  model working memory            {0,10:N0} bytes", figures.ModelWorkingBytes),
            string.Format(c, "  model weights                   {0,10:N0} bytes   budget 16,384", figures.ModelWeightBytes),
            string.Format(c, "  listening pipeline, all buffers {0,10:N0} bytes   budget 24,576 (front end, model, windows, pre-roll)", figures.PipelineBytes),
            string.Format(c, "    of it the 0.5 s pre-roll      {0,10:N0} bytes   (current block exact, older blocks at 8 kHz)", figures.PreRollBytes),
            string.Format(c, "  link buffers + offline queue    {0,10:N0} bytes", figures.LinkBytes));
    }

    private static (double OpsPerSecond, ListeningPipeline Pipeline) OpsPerSecond(WatchModel model, short[] pcm)
    {
        InMemoryModelStore store = new(64 * 1024);
        byte[] blob = ModelBlobWriter.Write(model);
        store.WriteStaging(0, blob, 0, blob.Length);
        store.Swap();
        SimulatedClock clock = new();
        PcmAudioSource audio = new(pcm, 16000);
        Watch watch = new(
            new WatchHardware { Audio = audio, Indicator = new RecordingIndicator(), Clock = clock, Link = new InMemoryMessageLink(), ModelStore = store },
            new WatchSettings { MaxModelBytes = 64 * 1024 });
        while (!audio.IsFinished)
        {
            watch.Step();
            clock.Advance(32);
        }

        return (watch.Ops.Ops * 16000.0 / watch.SamplesRead, watch.Pipeline!);
    }
}

/// <summary>Figures of <see cref="BudgetReport"/>.</summary>
/// <param name="IdleOpsPerSecond">Counted ops per second of quiet noise (gate and pre-roll folding).</param>
/// <param name="SpeechOpsPerSecond">Counted ops per second of speech-like signal.</param>
/// <param name="FrontEndBytes">Front-end arrays.</param>
/// <param name="ModelWorkingBytes">Model runner buffers, smoothing, label sums.</param>
/// <param name="ModelWeightBytes">Model parameters.</param>
/// <param name="PipelineBytes">Every buffer of the listening pipeline.</param>
/// <param name="LinkBytes">Transmit and receive buffers and the offline queue.</param>
public sealed record BudgetFigures(double IdleOpsPerSecond, double SpeechOpsPerSecond, int FrontEndBytes, int ModelWorkingBytes, int ModelWeightBytes, int PipelineBytes, int LinkBytes)
{
    /// <summary>Bytes of the pre-roll (part of <see cref="PipelineBytes"/>).</summary>
    public int PreRollBytes { get; init; }
}
