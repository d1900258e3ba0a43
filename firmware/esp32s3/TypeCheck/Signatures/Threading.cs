#nullable disable
#pragma warning disable CS1591, CA1815
// Signatures of CancellationToken and CancellationTokenSource from nanoFramework.System.Threading (the Wi-Fi timeout), declarations only.
namespace System.Threading
{
    public struct CancellationToken
    {
    }

    public class CancellationTokenSource
    {
        public CancellationTokenSource(int millisecondsDelay) { }
        public CancellationToken Token => throw null;
    }
}
