namespace WearableAI.Bench;

/// <summary>
/// The budgets of DESIGN.md ("Budgets (measured by the project, reported by its tools)"), one name
/// each, in its order, with the bench part that measures each. The report lists every one.
/// </summary>
public static class DesignBudgets
{
    public const string WatchSpeech = "watch: whole pipeline, while speech is present ≤ 48 M nanoCLR x86 instructions per second of audio (≈ 60 % of a 240 MHz core at 3 cycles each)";
    public const string WatchIdle = "watch: idle (voice-activity gate only) ≤ 8 M nanoCLR x86 instructions per second of audio (≈ 10 % of a core)";
    public const string WatchNoAudioLost = "watch: no audio lost: the audio ring the adapter configures (1 s or more) never overflows on the golden clips, gate openings included";
    public const string WatchMemory = "watch: tiny model weights ≤ 16 KB; working buffers ≤ 24 KB; no allocation per frame";
    public const string Traffic = "watch ↔ hub traffic ≤ 4 KB per wake candidate; nothing while idle but a heartbeat";
    public const string FrontEnd = "fixed-point front end vs float reference ≥ 40 dB SNR on log-mel energies";
    public const string Quantisation = "tiny model: quantized vs float accuracy drop ≤ 1 point";
    public const string Cascade = "cascade (watch + hub): wake-word miss rate ≤ 5 % at ≤ 0.5 false accepts per hour";
    public const string HubModel = "hub model: command accuracy ≥ 95 % on held-out voices; ONNX ≤ 2 MB";
    public const string HubLatency = "hub latency: event received → result published p99 ≤ 20 ms at 100 devices";
    public const string Arbitration = "arbitration: nearest device wins ≥ 95 % of multi-device scenes, decided within 250 ms";
    public const string Capacity = "(no budget) memory per connected device; largest fleet this machine holds (aim 10,000)";
    public const string ScaleOut = "(issue #15, not in DESIGN.md) scale-out: 3 hub workers at equal CPU quota ≥ 2× one worker's completed candidates/s";

    /// <summary>Every budget, DESIGN.md order, then the capacity figures and the scale-out target of the issues.</summary>
    public static readonly string[] All = [WatchSpeech, WatchIdle, WatchNoAudioLost, WatchMemory, Traffic, FrontEnd, Quantisation, Cascade, HubModel, HubLatency, Arbitration, Capacity, ScaleOut];

    /// <summary>The bench part (<c>--only</c>) that measures each budget.</summary>
    public static string PartOf(string budget) => budget switch
    {
        WatchSpeech or WatchIdle or WatchNoAudioLost => "watch-clr",
        WatchMemory => "watch",
        Traffic or Arbitration => "fleet",
        FrontEnd => "frontend",
        Quantisation or Cascade or HubModel => "models",
        HubLatency => "hub",
        ScaleOut => "scaleout",
        _ => "capacity",
    };

    /// <summary>The limit part of a budget's name ("≤ 500,000 ops/s").</summary>
    public static string LimitOf(string budget)
    {
        int at = budget.IndexOfAny(['≤', '≥']);
        return at < 0 ? "" : budget[at..];
    }
}
