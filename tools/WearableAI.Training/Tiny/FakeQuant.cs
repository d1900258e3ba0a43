using TorchSharp;
using static TorchSharp.torch;

namespace WearableAI.Training.Tiny;

/// <summary>
/// Fake quantisation with the straight-through estimator: the forward pass sees the values the
/// int8 kernels will see, the backward pass treats rounding as the identity.
/// </summary>
/// <remarks>
/// The export computes the integer parameters with these same functions
/// (<see cref="WeightCodes"/>, <see cref="BiasCodes"/>), so the float model and the blob round alike.
/// </remarks>
public static class FakeQuant
{
    /// <summary>Largest weight code; weights are symmetric in −127…127.</summary>
    public const int WeightMax = 127;

    /// <summary>Per-output-channel weight scale <c>max |w[o]| / 127</c> (never 0), shape [out]. Not differentiated.</summary>
    /// <param name="weight">Weights [out, in, k].</param>
    /// <returns>Scales [out].</returns>
    public static Tensor WeightScales(Tensor weight)
    {
        ArgumentNullException.ThrowIfNull(weight);
        using var scope = NewDisposeScope();
        Tensor max = weight.detach().abs().reshape(weight.shape[0], -1).amax([1]);
        using Scalar floor = 1e-8.ToScalar(), weightMax = WeightMax.ToScalar();
        return max.clamp_min(floor).div(weightMax).MoveToOuterDisposeScope();
    }

    /// <summary>Integer weight codes <c>clamp(round(w / scale), −127, 127)</c>, as float, shape of <paramref name="weight"/>.</summary>
    /// <param name="weight">Weights [out, in, k].</param>
    /// <param name="scales">Per-channel scales [out].</param>
    /// <returns>Codes.</returns>
    public static Tensor WeightCodes(Tensor weight, Tensor scales)
    {
        ArgumentNullException.ThrowIfNull(weight);
        ArgumentNullException.ThrowIfNull(scales);
        using Scalar low = (-WeightMax).ToScalar(), high = WeightMax.ToScalar();
        return (weight / scales.view(-1, 1, 1)).round().clamp(low, high);
    }

    /// <summary>Fake-quantised weights (STE).</summary>
    /// <param name="weight">Weights [out, in, k].</param>
    /// <param name="scales">Per-channel scales [out].</param>
    /// <returns>Weights on the int8 grid.</returns>
    public static Tensor Weights(Tensor weight, Tensor scales)
    {
        using var scope = NewDisposeScope();
        Tensor quantised = WeightCodes(weight, scales) * scales.view(-1, 1, 1);
        return StraightThrough(weight, quantised).MoveToOuterDisposeScope();
    }

    /// <summary>int32 bias codes <c>round(b / (inputScale · w_scale[o]))</c>, as float64.</summary>
    /// <param name="bias">Bias [out].</param>
    /// <param name="inputScale">Scale of the layer input.</param>
    /// <param name="scales">Per-channel weight scales [out].</param>
    /// <returns>Codes [out].</returns>
    public static Tensor BiasCodes(Tensor bias, double inputScale, Tensor scales)
    {
        ArgumentNullException.ThrowIfNull(bias);
        ArgumentNullException.ThrowIfNull(scales);
        using Scalar input = inputScale.ToScalar();
        return (bias.to_type(ScalarType.Float64) / scales.to_type(ScalarType.Float64).mul(input)).round();
    }

    /// <summary>Fake-quantised bias (STE) on the grid <c>inputScale · w_scale[o]</c>.</summary>
    /// <param name="bias">Bias [out].</param>
    /// <param name="inputScale">Scale of the layer input.</param>
    /// <param name="scales">Per-channel weight scales [out].</param>
    /// <returns>Bias on the int32 grid.</returns>
    public static Tensor Bias(Tensor bias, double inputScale, Tensor scales)
    {
        using var scope = NewDisposeScope();
        using Scalar input = inputScale.ToScalar();
        Tensor quantised = (BiasCodes(bias, inputScale, scales) * scales.to_type(ScalarType.Float64).mul(input)).to_type(bias.dtype);
        return StraightThrough(bias, quantised).MoveToOuterDisposeScope();
    }

    /// <summary>Fake-quantised activations (STE): <c>(clamp(round(x / scale) + zp, min, max) − zp) · scale</c>.</summary>
    /// <param name="x">Activations.</param>
    /// <param name="scale">Real value of one step.</param>
    /// <param name="zeroPoint">Code of real 0.</param>
    /// <param name="codeMin">Lowest code (the zero point for ReLU).</param>
    /// <param name="codeMax">Highest code.</param>
    /// <returns>Activations on the int8 grid.</returns>
    public static Tensor Activations(Tensor x, double scale, int zeroPoint, int codeMin, int codeMax)
    {
        using var scope = NewDisposeScope();
        using Scalar zero = zeroPoint.ToScalar(), step = scale.ToScalar();
        Tensor quantised = ActivationCodes(x, scale, zeroPoint, codeMin, codeMax).sub(zero).mul(step);
        return StraightThrough(x, quantised).MoveToOuterDisposeScope();
    }

    /// <summary>The int8 codes of activations, as float: <c>clamp(round(x / scale) + zp, min, max)</c>.</summary>
    /// <param name="x">Activations.</param>
    /// <param name="scale">Real value of one step.</param>
    /// <param name="zeroPoint">Code of real 0.</param>
    /// <param name="codeMin">Lowest code.</param>
    /// <param name="codeMax">Highest code.</param>
    /// <returns>Codes.</returns>
    public static Tensor ActivationCodes(Tensor x, double scale, int zeroPoint, int codeMin, int codeMax)
    {
        ArgumentNullException.ThrowIfNull(x);
        using Scalar step = scale.ToScalar(), zero = zeroPoint.ToScalar(), low = codeMin.ToScalar(), high = codeMax.ToScalar();
        return x.detach().div(step).round().add(zero).clamp(low, high);
    }

    private static Tensor StraightThrough(Tensor x, Tensor quantised) => x + (quantised - x).detach();
}
