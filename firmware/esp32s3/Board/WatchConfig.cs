namespace WearableAI.Esp32S3.Board
{
    /// <summary>
    /// The device's settings from <c>I:\wai.config</c> (uploaded once, never in source): one
    /// <c>key=value</c> per line, <c>#</c> starts a comment. Keys: <c>wifi.ssid</c>,
    /// <c>wifi.password</c>, <c>broker</c> (<c>mqtt://host[:port]</c>, or <c>mqtts://host[:port]</c> for
    /// TLS, port 8883 by default), <c>broker.ca</c> (file on the watch holding the CA or the hub's
    /// certificate, PEM; required with <c>mqtts://</c>), <c>device.id</c>, <c>device.secret</c>,
    /// optional <c>ntp.server</c>, and up to <see cref="MaxModelDigests"/> <c>model.sha256</c> lines (the
    /// SHA-256 of each model blob the watch may activate; none = any model that passes its CRC and self-test).
    /// </summary>
    /// <remarks>Parsed from bytes (ASCII/UTF-8 without multi-byte characters in keys), so it needs no text encoding package.</remarks>
    public sealed class WatchConfig
    {
        /// <summary>Wi-Fi network name.</summary>
        public string WifiSsid = string.Empty;

        /// <summary>Wi-Fi password.</summary>
        public string WifiPassword = string.Empty;

        /// <summary>Broker host name or address.</summary>
        public string BrokerHost = string.Empty;

        /// <summary>Broker port (1883 unless the broker line names one).</summary>
        public int BrokerPort = 1883;

        /// <summary>Most <c>model.sha256</c> lines.</summary>
        public const int MaxModelDigests = 4;

        /// <summary>The pinned model digests (32 bytes each), <see cref="ModelDigestCount"/> of them used.</summary>
        public byte[][] ModelDigests = new byte[MaxModelDigests][];

        /// <summary>How many <c>model.sha256</c> lines there were.</summary>
        public int ModelDigestCount;

        /// <summary>True for <c>mqtts://</c>: TLS 1.2 to the hub's broker.</summary>
        public bool BrokerTls;

        /// <summary>Path on the watch of the certificate that signs the broker's (with TLS), e.g. <c>I:\hub-ca.pem</c>.</summary>
        public string BrokerCaPath = string.Empty;

        /// <summary>Device id as registered on the hub.</summary>
        public string DeviceId = string.Empty;

        /// <summary>The device's secret (its MQTT password on the hub).</summary>
        public string DeviceSecret = string.Empty;

        /// <summary>SNTP server.</summary>
        public string NtpServer = "pool.ntp.org";

        /// <summary>
        /// Parses a config file's bytes.
        /// </summary>
        /// <param name="bytes">File content.</param>
        /// <param name="error">Null when valid, else what is wrong (line number and key, never a value).</param>
        /// <returns>The config (fields left at their defaults where missing).</returns>
        public static WatchConfig Parse(byte[] bytes, out string? error)
        {
            WatchConfig config = new WatchConfig();
            error = null;
            int line = 0;
            int start = 0;
            while (start < bytes.Length && error == null)
            {
                int end = start;
                while (end < bytes.Length && bytes[end] != (byte)'\n')
                {
                    end++;
                }

                line++;
                string text = Text(bytes, start, end).Trim();
                start = end + 1;
                if (text.Length == 0 || text[0] == '#')
                {
                    continue;
                }

                int equals = text.IndexOf('=');
                if (equals <= 0)
                {
                    error = "line " + line + ": expected key=value";
                    break;
                }

                error = config.Set(text.Substring(0, equals).Trim(), text.Substring(equals + 1).Trim(), line);
            }

            if (error == null)
            {
                error = config.Missing();
            }

            return config;
        }

        private string? Set(string key, string value, int line)
        {
            switch (key)
            {
                case "wifi.ssid": WifiSsid = value; return null;
                case "wifi.password": WifiPassword = value; return null;
                case "device.id": DeviceId = value; return WearableAI.Shared.Protocol.Topics.IsValidId(value) ? null : "line " + line + ": device.id must be 1-32 of a-z 0-9 _ -";
                case "device.secret": DeviceSecret = value; return null;
                case "ntp.server": NtpServer = value; return null;
                case "broker": return SetBroker(value, line);
                case "broker.ca": BrokerCaPath = value; return null;
                case "model.sha256": return AddDigest(value, line);
                default: return "line " + line + ": unknown key '" + key + "'";
            }
        }

        private string? AddDigest(string value, int line)
        {
            byte[]? digest = WearableAI.Firmware.Updates.PinnedModelDigests.ParseHex(value);
            if (digest == null)
            {
                return "line " + line + ": model.sha256 must be 64 hexadecimal characters";
            }

            if (ModelDigestCount == MaxModelDigests)
            {
                return "line " + line + ": at most " + MaxModelDigests + " model.sha256 lines";
            }

            ModelDigests[ModelDigestCount++] = digest;
            return null;
        }

        private string? SetBroker(string value, int line)
        {
            BrokerTls = value.StartsWith("mqtts://");
            int schemeLength = BrokerTls ? 8 : 7;
            if ((!BrokerTls && !value.StartsWith("mqtt://")) || value.Length == schemeLength)
            {
                return "line " + line + ": broker must be mqtt://host[:port] or mqtts://host[:port]";
            }

            BrokerPort = BrokerTls ? 8883 : 1883;
            string hostPort = value.Substring(schemeLength);
            int colon = hostPort.IndexOf(':');
            if (colon < 0)
            {
                BrokerHost = hostPort;
                return null;
            }

            int port = 0;
            for (int i = colon + 1; i < hostPort.Length; i++)
            {
                char c = hostPort[i];
                if (c < '0' || c > '9' || port > 6553)
                {
                    return "line " + line + ": broker port must be 1-65535";
                }

                port = (port * 10) + (c - '0');
            }

            if (colon == 0 || port < 1 || port > 65535)
            {
                return "line " + line + ": broker must be mqtt://host[:port] or mqtts://host[:port]";
            }

            BrokerHost = hostPort.Substring(0, colon);
            BrokerPort = port;
            return null;
        }

        private string? Missing()
        {
            if (WifiSsid.Length == 0)
            {
                return "wifi.ssid is missing";
            }

            if (BrokerHost.Length == 0)
            {
                return "broker is missing";
            }

            if (BrokerTls && BrokerCaPath.Length == 0)
            {
                return "broker.ca is missing (required with mqtts://)";
            }

            if (DeviceId.Length == 0)
            {
                return "device.id is missing";
            }

            return DeviceSecret.Length == 0 ? "device.secret is missing" : null;
        }

        private static string Text(byte[] bytes, int start, int end)
        {
            char[] chars = new char[end - start];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)bytes[start + i];
            }

            return new string(chars);
        }
    }
}
