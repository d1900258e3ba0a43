using TorchSharp;
using static TorchSharp.torch;

namespace WearableAI.Training.Tiny;

/// <summary>Conversions between feature tensors <c>[N, bands, frames]</c> and the watch's frame-major int8 windows.</summary>
public static class TinyFeatures
{
    /// <summary>Frame-major int8 windows (<c>frames · bands</c> values each) from int8-valued float features.</summary>
    /// <param name="features">Features <c>[N, bands, frames]</c>; values are rounded and clamped to −128…127.</param>
    /// <returns>One array per window.</returns>
    public static sbyte[][] ToFrameMajor(Tensor features)
    {
        ArgumentNullException.ThrowIfNull(features);
        using var scope = NewDisposeScope();
        using Scalar low = (-128).ToScalar(), high = 127.ToScalar(); // kept alive across the native call
        Tensor codes = features.detach().round().clamp(low, high).permute(0, 2, 1).contiguous().to_type(ScalarType.Int8);
        sbyte[] all = codes.data<sbyte>().ToArray();
        int n = (int)features.shape[0];
        int size = all.Length / Math.Max(n, 1);
        var windows = new sbyte[n][];
        for (int i = 0; i < n; i++)
        {
            windows[i] = all.AsSpan(i * size, size).ToArray();
        }

        return windows;
    }

    /// <summary>Float features <c>[N, bands, frames]</c> from frame-major int8 windows.</summary>
    /// <param name="windows">Windows of <c>frames · bands</c> values.</param>
    /// <param name="bands">Features per frame.</param>
    /// <returns>A new tensor.</returns>
    public static Tensor FromFrameMajor(IReadOnlyList<sbyte[]> windows, int bands)
    {
        ArgumentNullException.ThrowIfNull(windows);
        int size = windows[0].Length;
        if (size % bands != 0 || windows.Any(w => w.Length != size))
        {
            throw new ArgumentException($"Every window must hold the same whole number of {bands}-band frames.", nameof(windows));
        }

        float[] values = windows.SelectMany(w => w.Select(v => (float)v)).ToArray();
        using var scope = NewDisposeScope();
        return tensor(values, [windows.Count, size / bands, bands]).permute(0, 2, 1).contiguous().MoveToOuterDisposeScope();
    }
}
