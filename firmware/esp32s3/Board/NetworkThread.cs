using System;
using System.Threading;
using nanoFramework.Networking;

namespace WearableAI.Esp32S3.Board
{
    /// <summary>
    /// The thread that does every slow network step for <see cref="M2MqttLink"/>, so the audio loop
    /// never waits for one: join Wi-Fi (DHCP, bounded by <see cref="WifiTimeoutMs"/>), start SNTP once,
    /// connect to the broker when the core's back-off asks for an attempt, follow group changes. A
    /// failed step leaves the watch offline (the core queues its events) and waits for the next request;
    /// nothing sleeps forever.
    /// </summary>
    /// <remarks>
    /// <para>Timeouts: Wi-Fi through <c>ConnectDhcp</c>'s cancellation token; the MQTT CONNECT through
    /// M2Mqtt's own 30 s connect timeout (<c>MqttSettings.ConnectTimeout</c>, not settable), on this
    /// thread. After <see cref="FailuresBeforeWifiRejoin"/> broker failures in a row Wi-Fi is joined
    /// again (the network may have gone while the radio stayed associated).</para>
    /// <para><see cref="LastProgressSeconds"/> moves whenever the thread finishes a turn; the watchdog
    /// reboots when it stops moving.</para>
    /// </remarks>
    public sealed class NetworkThread
    {
        /// <summary>Longest wait for Wi-Fi association and an address, ms.</summary>
        public const int WifiTimeoutMs = 20000;

        /// <summary>Broker failures in a row after which Wi-Fi is joined anew.</summary>
        public const int FailuresBeforeWifiRejoin = 3;

        private readonly HubEndpoint _hub;
        private readonly M2MqttLink _link;
        private readonly AutoResetEvent _wake = new AutoResetEvent(false);
        private readonly Thread _thread;
        private bool _connectRequested;
        private bool _groupChanged;
        private string _previousGroup = string.Empty;
        private bool _wifiUp;
        private bool _sntpStarted;
        private bool _connected;
        private int _failuresInARow;
        private int _attempts;
        private int _lastProgressSeconds;
        private string _lastError = string.Empty;

        /// <summary>Prepares the thread (not started).</summary>
        /// <param name="hub">Wi-Fi and broker.</param>
        /// <param name="link">The link it connects.</param>
        public NetworkThread(HubEndpoint hub, M2MqttLink link)
        {
            _hub = hub;
            _link = link;
            _thread = new Thread(Run);
        }

        /// <summary>True while the broker session is up (as far as this thread knows).</summary>
        public bool Connected
        {
            get { return _connected; }
        }

        /// <summary>True once Wi-Fi has an address.</summary>
        public bool WifiUp
        {
            get { return _wifiUp; }
        }

        /// <summary>Connection attempts made.</summary>
        public int Attempts
        {
            get { return _attempts; }
        }

        /// <summary>Why the last attempt failed ("" after a success).</summary>
        public string LastError
        {
            get { return _lastError; }
        }

        /// <summary>Uptime in s when the thread last finished a turn (read by the watchdog).</summary>
        public int LastProgressSeconds
        {
            get { return _lastProgressSeconds; }
        }

        /// <summary>Starts the thread.</summary>
        public void Start()
        {
            _thread.Start();
        }

        /// <summary>Main loop: one connection attempt, when the thread is free.</summary>
        public void RequestConnect()
        {
            _connectRequested = true;
            _wake.Set();
        }

        /// <summary>Main loop: the group changed; resubscribe on this thread.</summary>
        /// <param name="previous">The group followed until now.</param>
        public void ChangeGroup(string previous)
        {
            _previousGroup = previous;
            _groupChanged = true;
            _wake.Set();
        }

        /// <summary>M2Mqtt's thread: the session closed.</summary>
        public void ConnectionLost()
        {
            _connected = false;
            _wake.Set();
        }

        private void Run()
        {
            while (true)
            {
                _wake.WaitOne(1000, false);
                _lastProgressSeconds = Uptime();
                try
                {
                    if (_connectRequested && !_connected)
                    {
                        _connectRequested = false;
                        Attempt();
                    }

                    if (_groupChanged && _connected)
                    {
                        _groupChanged = false;
                        _link.ResubscribeOnNetworkThread(_previousGroup);
                    }
                }
                catch (Exception ex)
                {
                    // Socket, DNS or TLS failure: stay offline; the core's back-off asks again.
                    _connected = false;
                    _failuresInARow++;
                    _lastError = ex.GetType().Name + ": " + ex.Message;
                    BoardLog.Line("link: " + _lastError);
                }

                _lastProgressSeconds = Uptime();
            }
        }

        private void Attempt()
        {
            _attempts++;
            if (!_wifiUp || _failuresInARow >= FailuresBeforeWifiRejoin)
            {
                _failuresInARow = 0;
                CancellationTokenSource timeout = new CancellationTokenSource(WifiTimeoutMs);
                _wifiUp = WifiNetworkHelper.ConnectDhcp(_hub.WifiSsid, _hub.WifiPassword, token: timeout.Token);
                if (!_wifiUp)
                {
                    _lastError = "Wi-Fi '" + _hub.WifiSsid + "': " + WifiNetworkHelper.Status.ToString();
                    BoardLog.Line("link: " + _lastError + " (offline, events queued)");
                    return;
                }

                BoardLog.Line("link: Wi-Fi up");
                if (!_sntpStarted)
                {
                    Sntp.Server1 = _hub.NtpServer;
                    Sntp.Start();
                    _sntpStarted = true;
                }
            }

            _connected = _link.ConnectOnNetworkThread();
            if (_connected)
            {
                _failuresInARow = 0;
                _lastError = string.Empty;
                BoardLog.Line("link: connected to " + _hub.BrokerHost + (_hub.UseTls ? " (TLS)" : string.Empty));
            }
            else
            {
                _failuresInARow++;
                _lastError = "broker refused the connection";
                BoardLog.Line("link: " + _lastError);
            }
        }

        private static int Uptime()
        {
            return (int)(nanoFramework.Hardware.Esp32.HighResTimer.GetCurrent() / 1000000UL);
        }
    }
}
