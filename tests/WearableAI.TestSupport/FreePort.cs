using System.Net;
using System.Net.Sockets;

namespace WearableAI.TestSupport;

/// <summary>
/// A TCP port nobody listens on right now, for a hub's broker that binds it a moment later. Taken at random
/// from below Linux's ephemeral range (32768–60999) and checked by binding it: a port from the ephemeral range
/// (what binding port 0 returns) can be handed to some other process's outgoing connection in that moment —
/// the test assemblies run side by side and open hundreds of client connections — and the hub then fails to
/// start.
/// </summary>
public static class FreePort
{
    private const int First = 20000;
    private const int End = 32000;

    /// <summary>A port in 20000–31999 that could be bound a moment ago.</summary>
    public static int Next()
    {
        for (int attempt = 0; attempt < 100; attempt++)
        {
            int port = Random.Shared.Next(First, End);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                listener.Stop();
                return port;
            }
            catch (SocketException)
            {
                // Taken: try another.
            }
        }

        throw new InvalidOperationException($"no free TCP port in {First}–{End} after 100 attempts");
    }
}
