using WearableAI.Shared.Protocol;

namespace WearableAI.Fleet;

/// <summary>Frames and bytes one watch sent and received, by frame kind.</summary>
public sealed class LinkTraffic
{
    private readonly long[] _upBytes = new long[16];
    private readonly long[] _downBytes = new long[16];
    private readonly int[] _upFrames = new int[16];
    private readonly int[] _downFrames = new int[16];

    /// <summary>Frame bytes sent (MQTT payloads).</summary>
    public long UpBytes => _upBytes.Sum();

    /// <summary>Frame bytes received.</summary>
    public long DownBytes => _downBytes.Sum();

    /// <summary>Bytes on the wire including MQTT framing (PUBLISH header, topic, packet id, the PUBACK), both directions.</summary>
    public long MqttBytes { get; private set; }

    /// <summary>Bytes sent of one kind.</summary>
    /// <param name="kind">Frame kind.</param>
    public long Up(FrameKind kind) => _upBytes[(int)kind & 15];

    /// <summary>Bytes received of one kind.</summary>
    /// <param name="kind">Frame kind.</param>
    public long Down(FrameKind kind) => _downBytes[(int)kind & 15];

    /// <summary>Frames sent of one kind.</summary>
    /// <param name="kind">Frame kind.</param>
    public int UpCount(FrameKind kind) => _upFrames[(int)kind & 15];

    /// <summary>Kinds sent at least once.</summary>
    public IEnumerable<FrameKind> KindsSent => Enumerable.Range(0, 16).Where(k => _upFrames[k] > 0).Select(k => (FrameKind)k);

    /// <summary>A copy, to subtract later.</summary>
    public LinkTraffic Snapshot()
    {
        var copy = new LinkTraffic { MqttBytes = MqttBytes };
        _upBytes.CopyTo(copy._upBytes, 0);
        _downBytes.CopyTo(copy._downBytes, 0);
        _upFrames.CopyTo(copy._upFrames, 0);
        _downFrames.CopyTo(copy._downFrames, 0);
        return copy;
    }

    /// <summary>What happened after <paramref name="earlier"/>.</summary>
    /// <param name="earlier">A snapshot of this counter.</param>
    public LinkTraffic Since(LinkTraffic earlier)
    {
        var d = new LinkTraffic { MqttBytes = MqttBytes - earlier.MqttBytes };
        for (int k = 0; k < 16; k++)
        {
            d._upBytes[k] = _upBytes[k] - earlier._upBytes[k];
            d._downBytes[k] = _downBytes[k] - earlier._downBytes[k];
            d._upFrames[k] = _upFrames[k] - earlier._upFrames[k];
            d._downFrames[k] = _downFrames[k] - earlier._downFrames[k];
        }

        return d;
    }

    /// <summary>Counts one message.</summary>
    /// <param name="up">True when sent by the watch.</param>
    /// <param name="kind">Frame kind (byte 1 of the frame).</param>
    /// <param name="bytes">Frame length.</param>
    /// <param name="topicLength">Its topic's length.</param>
    public void Count(bool up, int kind, int bytes, int topicLength)
    {
        int k = kind & 15;
        (up ? _upBytes : _downBytes)[k] += bytes;
        (up ? _upFrames : _downFrames)[k]++;
        MqttBytes += MqttSize(bytes, topicLength);
    }

    /// <summary>MQTT 3.1.1/5 QoS 1 PUBLISH of a payload (fixed header, remaining length, topic, packet id, an empty MQTT 5 property block) plus its 4-byte PUBACK.</summary>
    /// <param name="payload">Payload bytes.</param>
    /// <param name="topicLength">Topic bytes.</param>
    public static int MqttSize(int payload, int topicLength)
    {
        int remaining = 2 + topicLength + 2 + 1 + payload;
        int lengthBytes = remaining < 128 ? 1 : remaining < 16384 ? 2 : 3;
        return 1 + lengthBytes + remaining + 4;
    }
}
