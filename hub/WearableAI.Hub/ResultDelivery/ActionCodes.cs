using Microsoft.Extensions.Options;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.ResultDelivery;

/// <summary>
/// The action code sent with a result (the watch maps it to an LED/haptic pattern). A code configured
/// for the label (<c>Hub:Results:ActionCodes</c>) wins; otherwise an accepted wake word is 1, an accepted
/// command is 0x100 + its vocabulary index, and anything not accepted is 0 (do nothing).
/// </summary>
public sealed class ActionCodes(IOptions<ResultOptions> options)
{
    public const ushort WakeAccepted = 1;
    public const ushort CommandBase = 0x100;

    public ushort For(Verdict verdict, string label, int vocabularyIndex, bool isWake)
    {
        if (verdict != Verdict.Accepted)
        {
            return 0;
        }

        if (options.Value.ActionCodes.TryGetValue(label, out ushort configured))
        {
            return configured;
        }

        return isWake ? WakeAccepted : (ushort)(CommandBase + Math.Max(0, vocabularyIndex));
    }
}
