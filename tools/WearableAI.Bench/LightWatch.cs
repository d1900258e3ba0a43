using System.Net.Sockets;
using WearableAI.Shared.Protocol;

namespace WearableAI.Bench;

/// <summary>
/// A connected simulated watch that costs almost nothing on the bench side: one socket speaking
/// plain MQTT 3.1.1 by hand (no client library), doing what a real watch does when idle —
/// CONNECT with its device credentials (persistent session), a retained Status (online) and a Hello,
/// then a Heartbeat now and then, each QoS 1 and acknowledged. It subscribes to nothing.
/// </summary>
public sealed class LightWatch : IAsyncDisposable
{
    private readonly Socket _socket;
    private NetworkStream? _connection;
    private readonly string _id;
    private readonly byte[] _header = new byte[5];
    private ushort _packetId;
    private uint _sequence;

    private LightWatch(Socket socket, string id)
    {
        _socket = socket;
        _id = id;
    }

    /// <summary>Connects, sends Status + Hello; null when the broker refused or did not answer in time.</summary>
    /// <param name="port">Broker port on 127.0.0.1.</param>
    /// <param name="id">Device id.</param>
    /// <param name="secret">Device secret.</param>
    /// <param name="cancellation">Time limit.</param>
    public static async Task<LightWatch?> ConnectAsync(int port, string id, string secret, CancellationToken cancellation)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        var watch = new LightWatch(socket, id);
        try
        {
            await socket.ConnectAsync("127.0.0.1", port, cancellation);
            watch._connection = new NetworkStream(socket, ownsSocket: true);
            await watch.Stream.WriteAsync(Connect(id, secret), cancellation);
            (int type, byte[] body) = await watch.ReadPacketAsync(cancellation);
            if (type != 2 || body.Length < 2 || body[1] != 0)
            {
                await watch.DisposeAsync();
                return null;
            }

            bool ok = await watch.PublishAsync(TopicChannel.Status, new StatusFrame { Online = true, PipelineState = PipelineState.Idle, FreeMemoryBytes = 60_000 }, retain: true, cancellation)
                && await watch.PublishAsync(TopicChannel.Event, new HelloFrame { BoardName = "light", FirmwareVersion = "bench", Capabilities = DeviceCapabilities.Microphone, FreeMemoryBytes = 60_000, OpBudgetPerSecond = 500_000 }, retain: false, cancellation);
            if (!ok)
            {
                await watch.DisposeAsync();
                return null;
            }

            return watch;
        }
        catch (Exception e) when (e is SocketException or IOException or OperationCanceledException)
        {
            await watch.DisposeAsync();
            return null;
        }
    }

    /// <summary>Sends a Heartbeat and waits for its PUBACK.</summary>
    /// <param name="uptimeSeconds">Uptime to report.</param>
    /// <param name="cancellation">Time limit.</param>
    public async Task<bool> HeartbeatAsync(uint uptimeSeconds, CancellationToken cancellation)
    {
        try
        {
            return await PublishAsync(TopicChannel.Event, new HeartbeatFrame { UptimeSeconds = uptimeSeconds, FreeMemoryBytes = 60_000 }, retain: false, cancellation);
        }
        catch (Exception e) when (e is SocketException or IOException or OperationCanceledException)
        {
            return false;
        }
    }

    private NetworkStream Stream => _connection ?? throw new IOException("not connected");

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.Connected)
            {
                await Stream.WriteAsync(new byte[] { 0xE0, 0x00 });
            }
        }
        catch (Exception e) when (e is SocketException or IOException or ObjectDisposedException)
        {
            // Closing anyway.
        }

        if (_connection is null)
        {
            _socket.Dispose();
        }
        else
        {
            await _connection.DisposeAsync();
        }
    }

    private async Task<bool> PublishAsync(TopicChannel channel, Frame frame, bool retain, CancellationToken cancellation)
    {
        frame.Sequence = ++_sequence;
        frame.TimestampMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        byte[] payload = new byte[FrameCodec.GetEncodedLength(frame)];
        FrameCodec.Encode(frame, payload, 0);
        byte[] topic = System.Text.Encoding.ASCII.GetBytes(Topics.ForDevice(_id, channel));
        ushort id = ++_packetId == 0 ? ++_packetId : _packetId;
        var body = new List<byte>(4 + topic.Length + payload.Length);
        AddString(body, topic);
        body.Add((byte)(id >> 8));
        body.Add((byte)id);
        body.AddRange(payload);
        await Stream.WriteAsync(Packet((byte)(0x32 | (retain ? 1 : 0)), body), cancellation);
        while (true)
        {
            (int type, byte[] answer) = await ReadPacketAsync(cancellation);
            if (type == 4 && answer.Length >= 2 && ((answer[0] << 8) | answer[1]) == id)
            {
                return true;
            }
        }
    }

    private async Task<(int Type, byte[] Body)> ReadPacketAsync(CancellationToken cancellation)
    {
        await Stream.ReadExactlyAsync(_header.AsMemory(0, 1), cancellation);
        int type = _header[0] >> 4;
        int length = 0;
        for (int shift = 0; ; shift += 7)
        {
            await Stream.ReadExactlyAsync(_header.AsMemory(1, 1), cancellation);
            length |= (_header[1] & 0x7F) << shift;
            if ((_header[1] & 0x80) == 0 || shift > 21)
            {
                break;
            }
        }

        byte[] body = new byte[length];
        await Stream.ReadExactlyAsync(body, cancellation);
        return (type, body);
    }

    private static byte[] Connect(string id, string secret)
    {
        var body = new List<byte>();
        AddString(body, "MQTT"u8.ToArray());
        body.Add(4);                       // protocol level 3.1.1
        body.Add(0x80 | 0x40);             // user name, password; clean session off (a watch keeps its session)
        body.Add(0);
        body.Add(240);                     // keep-alive 240 s
        AddString(body, System.Text.Encoding.ASCII.GetBytes(id));
        AddString(body, System.Text.Encoding.ASCII.GetBytes(id));
        AddString(body, System.Text.Encoding.ASCII.GetBytes(secret));
        return Packet(0x10, body);
    }

    private static void AddString(List<byte> body, byte[] text)
    {
        body.Add((byte)(text.Length >> 8));
        body.Add((byte)text.Length);
        body.AddRange(text);
    }

    private static byte[] Packet(byte first, List<byte> body)
    {
        var packet = new List<byte>(body.Count + 5) { first };
        int length = body.Count;
        do
        {
            byte b = (byte)(length & 0x7F);
            length >>= 7;
            packet.Add(length > 0 ? (byte)(b | 0x80) : b);
        }
        while (length > 0);
        packet.AddRange(body);
        return [.. packet];
    }
}
