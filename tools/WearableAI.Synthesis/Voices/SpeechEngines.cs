using WearableAI.Tools;

namespace WearableAI.Synthesis.Voices;

/// <summary>
/// The synthesizers of one run, one per <see cref="VoiceEngine"/>; dispose to end the long-lived
/// Festival processes. Thread-safe.
/// </summary>
public sealed class SpeechEngines : IDisposable
{
    private readonly Dictionary<VoiceEngine, ISpeechEngine> _engines;

    /// <summary>The four engines of shared/data-sources.md, each run from the PATH.</summary>
    public SpeechEngines()
        : this([new EspeakRunner(VoiceEngine.Espeak), new EspeakRunner(VoiceEngine.Mbrola), new RhvoiceRunner(), new FestivalRunner()])
    {
    }

    /// <summary>The given engines (tests pass their own).</summary>
    public SpeechEngines(IEnumerable<ISpeechEngine> engines)
    {
        ArgumentNullException.ThrowIfNull(engines);
        _engines = engines.ToDictionary(e => e.Engine);
    }

    /// <summary>The engine that speaks for <paramref name="speaker"/>.</summary>
    public ISpeechEngine For(Speaker speaker)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        return _engines.TryGetValue(speaker.Engine, out ISpeechEngine? engine)
            ? engine
            : throw new UserFacingException($"no {speaker.Engine} engine in this run (speaker {speaker})");
    }

    /// <summary>Each engine's version, for the manifest.</summary>
    public IReadOnlyDictionary<string, string> Versions() =>
        _engines.Values.ToDictionary(e => e.Engine.Prefix(), e => e.Version());

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (ISpeechEngine engine in _engines.Values) (engine as IDisposable)?.Dispose();
    }
}
