using System.Globalization;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Ingest;

/// <summary>A one-line text of a frame for the events table.</summary>
public static class FrameSummary
{
    public static string? Of(Frame frame) => frame switch
    {
        WakeCandidateFrame w => string.Create(CultureInfo.InvariantCulture, $"score {w.Score}, voice {w.VoiceEnergy}, ambient {w.AmbientEnergy}, {w.FrameCount}×{w.BandCount}"),
        CommandFeaturesFrame c => string.Create(CultureInfo.InvariantCulture, $"reply to {c.ReplyToSequence}, {c.FrameCount}×{c.BandCount}"),
        GestureFrame g => string.Create(CultureInfo.InvariantCulture, $"{g.Gesture}, confidence {g.Confidence}, peak {g.PeakMilliG} mg"),
        HelloFrame h => string.Create(CultureInfo.InvariantCulture, $"{h.BoardName} {h.FirmwareVersion}, model {h.ModelVersion}"),
        ModelAckFrame a => string.Create(CultureInfo.InvariantCulture, $"model {a.ModelVersion} {a.Status} next {a.NextOffset}"),
        ErrorFrame e => string.Create(CultureInfo.InvariantCulture, $"{e.Code}: {e.Message}"),
        HeartbeatFrame b => string.Create(CultureInfo.InvariantCulture, $"uptime {b.UptimeSeconds} s, queue {b.OfflineQueueDepth}"),
        _ => null,
    };
}
