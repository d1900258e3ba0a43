using System.Diagnostics;
using WearableAI.Firmware.Hardware;
using WearableAI.Shared.Protocol;

namespace WearableAI.Fleet;

/// <summary>
/// Sits between a simulated watch and its real MQTT link: passes everything through and counts the
/// bytes of each frame kind (<see cref="Traffic"/>), notes when each WakeCandidate and
/// CommandFeatures left and when each Result was taken by the watch (<see cref="Sent"/>, <see cref="Results"/>).
/// Times are the wall clock (<see cref="Stopwatch"/>) and the fleet's simulated clock.
/// </summary>
public sealed class CountingLink(IMessageLink inner, FleetClock clock, string deviceId) : IMessageLink, ILastWillLink
{
    private readonly int _eventTopic = Topics.ForDevice(deviceId, TopicChannel.Event).Length;
    private readonly int _resultTopic = Topics.ForDevice(deviceId, TopicChannel.Result).Length;

    /// <summary>Bytes by kind and direction.</summary>
    public LinkTraffic Traffic { get; } = new();

    /// <summary>WakeCandidate and CommandFeatures frames sent, in order.</summary>
    public List<SentFrame> Sent { get; } = [];

    /// <summary>Results addressed to this device, in order of arrival at the watch.</summary>
    public List<ReceivedResult> Results { get; } = [];

    /// <inheritdoc/>
    public bool IsConnected => inner.IsConnected;

    /// <inheritdoc/>
    public bool Connect() => inner.Connect();

    /// <inheritdoc/>
    public void SetLastWill(byte[] payload, int offset, int count) => (inner as ILastWillLink)?.SetLastWill(payload, offset, count);

    /// <inheritdoc/>
    public bool Publish(LinkChannel channel, byte[] payload, int offset, int count)
    {
        long wall = Stopwatch.GetTimestamp();
        double sim = clock.ExactMs;
        bool ok = inner.Publish(channel, payload, offset, count);
        if (ok && count >= FrameCodec.MinFrameSize)
        {
            var kind = (FrameKind)payload[offset + 1];
            Traffic.Count(up: true, payload[offset + 1], count, _eventTopic);
            if (kind is FrameKind.WakeCandidate or FrameKind.CommandFeatures)
            {
                // WakeCandidate body: score (2), voice energy (2), ambient energy (2), … (docs/protocol.md).
                short voice = kind == FrameKind.WakeCandidate ? BitConverter.ToInt16(payload, offset + 17 + 2) : (short)0;
                short ambient = kind == FrameKind.WakeCandidate ? BitConverter.ToInt16(payload, offset + 17 + 4) : (short)0;
                Sent.Add(new SentFrame(kind, BitConverter.ToUInt32(payload, offset + 3), count, wall, sim, voice, ambient));
            }
        }

        return ok;
    }

    /// <inheritdoc/>
    public int Poll(byte[] buffer, int offset, out LinkChannel channel)
    {
        int n = inner.Poll(buffer, offset, out channel);
        if (n >= FrameCodec.MinFrameSize)
        {
            Traffic.Count(up: false, buffer[offset + 1], n, _resultTopic);
            if (FrameCodec.Decode(buffer, offset, n, out Frame? frame) == FrameError.None && frame is ResultFrame r && r.DeviceId == deviceId)
            {
                Results.Add(new ReceivedResult(r.ReplyToSequence, r.Verdict, r.Arbitration, r.Label, r.WinnerDeviceId, r.Confidence, Stopwatch.GetTimestamp(), clock.ExactMs));
            }
        }

        return n;
    }
}

/// <summary>A WakeCandidate or CommandFeatures frame as it left the watch.</summary>
/// <param name="Kind">Frame kind.</param>
/// <param name="Sequence">Its sequence number.</param>
/// <param name="Bytes">Frame length.</param>
/// <param name="WallTicks"><see cref="Stopwatch.GetTimestamp"/> before the publish.</param>
/// <param name="SimMs">Fleet clock before the publish.</param>
/// <param name="VoiceEnergy">WakeCandidate: the voice energy the watch reported (front-end log units), else 0.</param>
/// <param name="AmbientEnergy">WakeCandidate: the ambient (noise-floor) energy it reported, else 0.</param>
public sealed record SentFrame(FrameKind Kind, uint Sequence, int Bytes, long WallTicks, double SimMs, short VoiceEnergy = 0, short AmbientEnergy = 0);

/// <summary>A Result as the watch took it.</summary>
/// <param name="ReplyTo">The answered frame's sequence.</param>
/// <param name="Verdict">Accepted, rejected, unverified or stand down.</param>
/// <param name="Arbitration">Solo, won or lost.</param>
/// <param name="Label">The hub's label.</param>
/// <param name="Winner">The winning device (empty when solo).</param>
/// <param name="Confidence">Hub confidence, Q15.</param>
/// <param name="WallTicks">When the watch polled it.</param>
/// <param name="SimMs">Fleet clock then.</param>
public sealed record ReceivedResult(uint ReplyTo, Verdict Verdict, ArbitrationOutcome Arbitration, string Label, string Winner, short Confidence, long WallTicks, double SimMs);
