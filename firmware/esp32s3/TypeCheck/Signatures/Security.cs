#nullable disable
#pragma warning disable CS1591
// Signature of X509Certificate from nanoFramework.System.Net (a parameter type of MqttClient), declaration only.
namespace System.Security.Cryptography.X509Certificates
{
    public class X509Certificate
    {
        public X509Certificate(byte[] certificate) { }
    }
}
