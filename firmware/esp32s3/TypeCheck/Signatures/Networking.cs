#nullable disable
#pragma warning disable CS1591, CA1822, CA1008, CA1707
// Signatures of nanoFramework.Networking.Sntp and nanoFramework.System.Device.Wifi (see README.md): declarations only.
namespace System.Device.Wifi
{
    public enum WifiReconnectionKind
    {
        Automatic = 0,
        Manual = 1,
    }
}

namespace nanoFramework.Networking
{
    using System.Device.Wifi;
    using System.Threading;

    public static class Sntp
    {
        public static bool IsStarted => throw null;
        public static string Server1 { get => throw null; set { } }
        public static string Server2 { get => throw null; set { } }
        public static void Start() { }
        public static void Stop() { }
        public static void UpdateNow() { }
    }

    public enum NetworkHelperStatus
    {
        None,
        Started,
        NetworkIsReady,
        FailedNoNetworkInterface,
        TokenExpiredWaitingIPAddress,
        TokenExpiredWaitingDateTime,
        ErrorConnetingToWiFiWhileScanning,
        ExceptionOccurred,
    }

    public static class WifiNetworkHelper
    {
        public static NetworkHelperStatus Status => throw null;
        public static bool ConnectDhcp(string ssid, string password, WifiReconnectionKind reconnectionKind = WifiReconnectionKind.Automatic, bool requiresDateTime = false, int wifiAdapter = 0, CancellationToken token = default) => throw null;
    }
}
