#nullable disable
#pragma warning disable CS1591, CA1008, CA1707
// Signatures of nanoFramework.Runtime.Native 1.7.11 (Power.cs, RebootOption.cs, GC.cs): declarations only.
namespace nanoFramework.Runtime.Native
{
    public enum RebootOption
    {
        NormalReboot = 0,
    }

    public class Power
    {
        public static void RebootDevice(RebootOption rebootOption = RebootOption.NormalReboot) { }
    }

    public static class GC
    {
        public static uint Run(bool compactHeap) => throw null;
    }
}
