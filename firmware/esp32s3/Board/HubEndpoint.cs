namespace WearableAI.Esp32S3.Board
{
    /// <summary>Where and how the watch reaches its hub: Wi-Fi, broker, TLS, credentials. Plain data, from <see cref="WatchConfig"/>.</summary>
    public sealed class HubEndpoint
    {
        /// <summary>Wi-Fi network name.</summary>
        public string WifiSsid = string.Empty;

        /// <summary>Wi-Fi password.</summary>
        public string WifiPassword = string.Empty;

        /// <summary>Broker host name or address (resolved on the network thread, again at every attempt).</summary>
        public string BrokerHost = string.Empty;

        /// <summary>Broker port.</summary>
        public int BrokerPort = 1883;

        /// <summary>True for <c>mqtts://</c>: TLS 1.2, the server checked against <see cref="CaCertificate"/>.</summary>
        public bool UseTls;

        /// <summary>PEM or DER bytes of the CA (or the hub's self-signed certificate) that signs the broker's certificate; null without TLS.</summary>
        public byte[]? CaCertificate;

        /// <summary>Device id (client id and user name).</summary>
        public string DeviceId = string.Empty;

        /// <summary>The device's secret (its MQTT password).</summary>
        public string DeviceSecret = string.Empty;

        /// <summary>SNTP server.</summary>
        public string NtpServer = "pool.ntp.org";
    }
}
