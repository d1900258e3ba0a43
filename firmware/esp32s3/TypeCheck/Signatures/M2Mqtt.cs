#nullable disable
#pragma warning disable CS1591, CA1822, CA1003, CA1008, CA1028, CA1707, CA1819, CA1716
// Signatures of nanoFramework.M2Mqtt 5.1.220 (nanoframework/nanoFramework.m2mqtt M2Mqtt/MqttClient.cs, nanoFramework.M2Mqtt.Core/Messages/MqttMsgPublishedEventArgs.cs) (see README.md): declarations only.
namespace nanoFramework.M2Mqtt.Messages
{
    public enum MqttQoSLevel : byte
    {
        AtMostOnce = 0x00,
        AtLeastOnce = 0x01,
        ExactlyOnce = 0x02,
        GrantedFailure = 0x80,
    }

    public enum MqttReasonCode : byte
    {
        Success = 0x00,
        UnspecifiedError = 0x80,
        NotAuthorized = 0x87,
    }

    public class MqttMsgPublishedEventArgs : System.EventArgs
    {
        public ushort MessageId { get => throw null; set { } }
        public bool IsPublished { get => throw null; set { } }
    }

    public class MqttMsgPublishEventArgs : System.EventArgs
    {
        public string Topic => throw null;
        public byte[] Message => throw null;
        public bool Retain => throw null;
    }
}

namespace nanoFramework.M2Mqtt
{
    using System.Collections;
    using System.Security.Cryptography.X509Certificates;
    using nanoFramework.M2Mqtt.Messages;

    public enum MqttSslProtocols
    {
        None,
        TLSv1_0,
        TLSv1_1,
        TLSv1_2,
    }

    public interface IMqttClient
    {
        delegate void MqttMsgPublishEventHandler(object sender, MqttMsgPublishEventArgs e);
        delegate void MqttMsgPublishedEventHandler(object sender, MqttMsgPublishedEventArgs e);

        delegate void ConnectionClosedEventHandler(object sender, System.EventArgs e);
    }

    public class MqttClient : IMqttClient, System.IDisposable
    {
        public MqttClient(string brokerHostName, int brokerPort, bool secure, X509Certificate caCert, X509Certificate clientCert, MqttSslProtocols sslProtocol) { }

        public event IMqttClient.MqttMsgPublishEventHandler MqttMsgPublishReceived { add { } remove { } }

        public event IMqttClient.MqttMsgPublishedEventHandler MqttMsgPublished { add { } remove { } }
        public event IMqttClient.ConnectionClosedEventHandler ConnectionClosed { add { } remove { } }

        public bool IsConnected => throw null;

        public MqttReasonCode Connect(string clientId, string username, string password, bool willRetain, MqttQoSLevel willQosLevel, bool willFlag, string willTopic, string willMessage, bool cleanSession, ushort keepAlivePeriod) => throw null;

        public void Disconnect() { }

        public void Close() { }

        public ushort Subscribe(string[] topics, MqttQoSLevel[] qosLevels) => throw null;

        public ushort Unsubscribe(string[] topics) => throw null;

        public ushort Publish(string topic, byte[] message, string contentType, ArrayList userProperties, MqttQoSLevel qosLevel, bool retain) => throw null;

        public void Dispose() { }
    }
}
