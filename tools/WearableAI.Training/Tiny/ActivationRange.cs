namespace WearableAI.Training.Tiny;

/// <summary>
/// Range of one activation tensor tracked during training (exponential moving average of the
/// batch minimum and maximum), and the int8 asymmetric quantisation it implies.
/// </summary>
/// <remarks>
/// The range always contains 0, so that real zero is exactly representable (the zero point is an
/// integer). For a ReLU output the minimum is 0 and the zero point is therefore −128.
/// </remarks>
public sealed class ActivationRange
{
    /// <summary>Weight of the old value in the moving average.</summary>
    public const double Momentum = 0.9;

    /// <summary>Smallest range width, so that the scale never becomes 0.</summary>
    public const double MinWidth = 1e-4;

    /// <summary>Whether any batch was observed since the last <see cref="Reset"/>.</summary>
    public bool Initialised { get; private set; }

    /// <summary>Tracked minimum (≤ 0).</summary>
    public double Min { get; private set; }

    /// <summary>Tracked maximum (≥ 0).</summary>
    public double Max { get; private set; } = 1.0;

    /// <summary>Real value of one int8 step: <c>(max − min) / 255</c>.</summary>
    public double Scale => Math.Max(Max - Min, MinWidth) / 255.0;

    /// <summary>int8 code of real 0: <c>round(−128 − min / scale)</c>, within −128…127.</summary>
    public int ZeroPoint => (int)Math.Clamp(Math.Round(-128.0 - (Min / Scale), MidpointRounding.AwayFromZero), -128, 127);

    /// <summary>Folds one batch's extremes into the average (the first batch sets them).</summary>
    /// <param name="batchMin">Minimum of the batch.</param>
    /// <param name="batchMax">Maximum of the batch.</param>
    public void Observe(double batchMin, double batchMax)
    {
        batchMin = Math.Min(batchMin, 0.0);
        batchMax = Math.Max(batchMax, 0.0);
        if (!Initialised)
        {
            Min = batchMin;
            Max = batchMax;
            Initialised = true;
            return;
        }

        Min = (Momentum * Min) + ((1 - Momentum) * batchMin);
        Max = (Momentum * Max) + ((1 - Momentum) * batchMax);
    }

    /// <summary>Forgets the tracked range (before re-calibrating a changed network).</summary>
    public void Reset()
    {
        Initialised = false;
        Min = 0;
        Max = 1.0;
    }

    /// <summary>Copies another range (used when a pruned network is compacted).</summary>
    /// <param name="other">The range to copy.</param>
    public void CopyFrom(ActivationRange other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Initialised = other.Initialised;
        Min = other.Min;
        Max = other.Max;
    }
}
