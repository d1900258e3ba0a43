#nullable disable
#pragma warning disable CS1591, CA1815
// Signature of CancellationToken from nanoFramework.System.Threading (a parameter type of WifiNetworkHelper), declaration only.
namespace System.Threading
{
    public struct CancellationToken
    {
    }
}
