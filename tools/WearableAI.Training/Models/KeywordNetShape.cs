namespace WearableAI.Training.Models;

/// <summary>Sizes of a <see cref="KeywordNet"/>.</summary>
/// <param name="Bands">Log-mel bands per frame (input channels).</param>
/// <param name="Width">Channels of every convolution after the stem.</param>
/// <param name="Blocks">Depthwise-separable blocks.</param>
/// <param name="Classes">Output classes (keywords, plus silence and unknown if used).</param>
/// <param name="Dropout">Dropout probability before pooling (training only).</param>
public sealed record KeywordNetShape(int Bands = 32, int Width = 64, int Blocks = 4, int Classes = 12, double Dropout = 0.1)
{
    /// <summary>A hub-sized network: about 200k parameters.</summary>
    public static KeywordNetShape Hub => new(Width: 160, Blocks: 6);
}
