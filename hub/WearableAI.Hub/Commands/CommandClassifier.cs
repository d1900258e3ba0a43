using WearableAI.Hub.Arbitration;
using WearableAI.Hub.Frames;
using WearableAI.Hub.Inference;
using WearableAI.Hub.ResultDelivery;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Commands;

/// <summary>
/// Answers a CommandFeatures frame: it must reply to a wake candidate of the same device that was
/// accepted (waiting up to <see cref="WakeWait"/> for that decision); then the hub model classifies it —
/// the most probable label other than the wake label, accepted at or above the manifest's command
/// threshold — and a Result with label, confidence and action code goes out. A command that comes again (the watch
/// re-sends it while no result reaches it: the worker that took it may have died) gets the stored result again, or — never
/// answered — its answer now; either way its result is stored once.
/// </summary>
public sealed class CommandClassifier(IKeywordModel model, WakeOutcomes outcomes, ActionCodes actionCodes, ResultPublisher results)
{
    /// <summary>How long a command waits for its wake candidate's decision.</summary>
    public static readonly TimeSpan WakeWait = TimeSpan.FromSeconds(2);

    public async Task HandleAsync(IngestedFrame item, CommandFeaturesFrame command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(command);
        if (await results.RepeatStoredAsync(item, FrameKind.CommandFeatures, cancellationToken).ConfigureAwait(false) is not null)
        {
            return;
        }

        bool afterWake = await outcomes.WaitAsync(item.DeviceId, command.ReplyToSequence, WakeWait, cancellationToken).ConfigureAwait(false);
        ModelManifest? manifest = model.Manifest;
        HubResult result;
        if (!afterWake)
        {
            result = Answer(item, command, Verdict.Rejected, "", 0, 0);
        }
        else if (manifest is null || command.BandCount != manifest.Bands)
        {
            result = Answer(item, command, Verdict.Unverified, "", 0, 0);
        }
        else
        {
            float[] probabilities = await model.ScoreAsync(command.Features, command.FrameCount, command.BandCount, cancellationToken).ConfigureAwait(false);
            int wake = manifest.WakeIndex;
            int best = Probabilities.ArgMax(probabilities, i => i != wake);
            string label = best >= 0 ? manifest.Vocabulary[best] : "";
            double confidence = best >= 0 ? probabilities[best] : 0;
            Verdict verdict = best >= 0 && confidence >= manifest.CommandThreshold ? Verdict.Accepted : Verdict.Rejected;
            result = Answer(item, command, verdict, label, confidence, actionCodes.For(verdict, label, best, isWake: false));
        }

        // Once per command frame (its CRC is the key): a copy classified by another worker at the same moment is only told again.
        if (await results.StoreAsync(result, item.ReceivedAt, item.FrameCrc, cancellationToken).ConfigureAwait(false))
        {
            await results.SendAsync(result, item.ReceivedAt, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await results.RepeatAsync(result, cancellationToken).ConfigureAwait(false);
        }
    }

    private static HubResult Answer(IngestedFrame item, CommandFeaturesFrame command, Verdict verdict, string label, double confidence, ushort action) =>
        new(item.DeviceId, item.GroupId, command.Sequence, FrameKind.CommandFeatures, verdict, ArbitrationOutcome.Solo, label, confidence, action, null);
}
