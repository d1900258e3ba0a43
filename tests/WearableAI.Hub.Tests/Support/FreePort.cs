using System.Net;
using System.Net.Sockets;

namespace WearableAI.Hub.Tests.Support;

/// <summary>A TCP port nobody listens on right now (bind port 0, read it back, release it).</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
