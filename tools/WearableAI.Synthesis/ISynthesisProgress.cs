namespace WearableAI.Synthesis;

/// <summary>Where the synthesizer reports progress; implementations must be thread-safe.</summary>
public interface ISynthesisProgress
{
    /// <summary>A stage with <paramref name="total"/> steps begins.</summary>
    void Begin(string stage, int total);

    /// <summary>One step of the stage is done (called from any thread).</summary>
    void Advance(string stage);
}
