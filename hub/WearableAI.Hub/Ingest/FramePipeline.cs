using Microsoft.Extensions.Options;
using WearableAI.Hub.Arbitration;
using WearableAI.Hub.Commands;
using WearableAI.Hub.Frames;
using WearableAI.Hub.Presence;
using WearableAI.Hub.Rollout;
using WearableAI.Hub.Timeline;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Ingest;

/// <summary>Routes an accepted frame to the part of the hub that handles its kind, and shows it on the timeline.</summary>
public sealed class FramePipeline(
    PresenceStore presence,
    WakeArbiter arbiter,
    CommandClassifier commands,
    ModelRollout rollout,
    TimelineFeed timeline,
    IOptions<IngestOptions> options,
    TimeProvider clock)
{
    public async Task HandleAsync(IngestedFrame item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        string device = item.DeviceId;
        string group = item.GroupId;
        switch (item.Frame)
        {
            case WakeCandidateFrame or CommandFeaturesFrame when IsStale(item.Frame):
                if (item.Repeat)
                {
                    break;
                }

                timeline.Publish(TimelineKind.OfflineAction, device, group,
                    $"acted unverified while offline ({item.Frame.Kind} {item.Frame.Sequence}, {Age(item.Frame):0} s ago)",
                    new { kind = item.Frame.Kind.ToString(), sequence = item.Frame.Sequence, ageSeconds = Age(item.Frame) });
                break;
            case WakeCandidateFrame wake:
                if (!item.Repeat)
                {
                    timeline.Publish(TimelineKind.WakeCandidate, device, group, $"wake candidate (watch score {wake.Score / 32767.0:0.00})", new
                    {
                        sequence = wake.Sequence,
                        watchScore = wake.Score / 32767.0,
                        voiceEnergy = wake.VoiceEnergy,
                        ambientEnergy = wake.AmbientEnergy,
                        frames = wake.FrameCount,
                        bands = wake.BandCount,
                    });
                }

                await arbiter.SubmitAsync(item, wake, cancellationToken).ConfigureAwait(false);
                break;
            case CommandFeaturesFrame command:
                await commands.HandleAsync(item, command, cancellationToken).ConfigureAwait(false);
                break;
            case GestureFrame gesture:
                timeline.Publish(TimelineKind.Gesture, device, group, $"gesture {gesture.Gesture}",
                    new { gesture = gesture.Gesture.ToString(), confidence = gesture.Confidence / 32767.0, peakMilliG = gesture.PeakMilliG });
                break;
            case HelloFrame hello:
                await presence.HelloAsync(device, hello, cancellationToken).ConfigureAwait(false);
                timeline.Publish(TimelineKind.DeviceOnline, device, group, $"hello from {hello.BoardName} (firmware {hello.FirmwareVersion}, model {hello.ModelVersion})", new
                {
                    board = hello.BoardName,
                    firmware = hello.FirmwareVersion,
                    capabilities = hello.Capabilities.ToString(),
                    modelVersion = hello.ModelVersion,
                    battery = hello.BatteryPercent,
                    freeMemory = hello.FreeMemoryBytes,
                });
                await rollout.OnHelloAsync(device, hello.ModelVersion, cancellationToken).ConfigureAwait(false);
                break;
            case StatusFrame status:
                await presence.StatusAsync(device, status, cancellationToken).ConfigureAwait(false);
                if (!status.Online)
                {
                    timeline.Publish(TimelineKind.DeviceOffline, device, group, "went offline: last will", new { reason = "last will", battery = status.BatteryPercent, modelVersion = status.ModelVersion });
                }

                break;
            case HeartbeatFrame heartbeat:
                await presence.HeartbeatAsync(device, heartbeat, cancellationToken).ConfigureAwait(false);
                break;
            case ModelAckFrame ack:
                await rollout.OnAckAsync(device, ack, cancellationToken).ConfigureAwait(false);
                break;
            case ErrorFrame error:
                timeline.Publish(TimelineKind.Rejected, device, group, $"device error {error.Code}: {error.Message}",
                    new { code = error.Code.ToString(), related = error.RelatedSequence, message = error.Message });
                break;
        }
    }

    private bool IsStale(Frame frame) => frame.TimestampMs > 0 && Age(frame) > options.Value.StaleAfterSeconds;

    private double Age(Frame frame) => (clock.GetUtcNow().ToUnixTimeMilliseconds() - frame.TimestampMs) / 1000.0;
}
