namespace WearableAI.Training.Tiny;

/// <summary>One depthwise-separable block of <see cref="TinyKeywordNet"/>: depthwise time conv, then pointwise.</summary>
/// <param name="Channels">Output channels of the pointwise layer.</param>
/// <param name="Dilation">Dilation of the depthwise layer (grows the receptive field instead of pooling).</param>
/// <param name="Kernel">Taps of the depthwise layer.</param>
public sealed record TinyBlockShape(int Channels, int Dilation, int Kernel = 3);

/// <summary>
/// Sizes of the tiny watch model: a strided stem convolution, depthwise-separable blocks and a
/// dense head that classifies every output frame (docs/tiny-model.md).
/// </summary>
/// <param name="Bands">Input channels: log-mel bands (<c>FrontEndSettings.MelBands</c>).</param>
/// <param name="StemChannels">Output channels of the stem convolution.</param>
/// <param name="StemKernel">Taps of the stem convolution.</param>
/// <param name="StemStride">Stride of the stem convolution (everything after it runs at frame rate / stride).</param>
/// <param name="Blocks">The depthwise-separable blocks, in order.</param>
/// <param name="Classes">Logits per output frame.</param>
public sealed record TinyNetShape(int Bands, int StemChannels, int StemKernel, int StemStride, IReadOnlyList<TinyBlockShape> Blocks, int Classes)
{
    /// <summary>
    /// The default watch model: conv 32→24 k3 s2, DS(24, d2), DS(32, d4), DS(32, d4), dense 32→3; receptive
    /// field 43 frames (1.38 s), long enough for the whole of "hey nano" with the sound before it — with
    /// docs/kernels.md's two blocks (27 frames, 0.86 s) a slow "hey nano" did not fit and "nano" alone
    /// looked like the word "no" (docs/tiny-model.md, "Architecture").
    /// </summary>
    public static TinyNetShape Watch { get; } = new(32, 24, 3, 2, [new TinyBlockShape(24, 2), new TinyBlockShape(32, 4), new TinyBlockShape(32, 4)], 3);

    /// <summary>Input frames one output frame depends on.</summary>
    public int ReceptiveField
    {
        get
        {
            int span = StemKernel;
            foreach (TinyBlockShape block in Blocks)
            {
                span += (block.Kernel - 1) * block.Dilation * StemStride;
            }

            return span;
        }
    }

    /// <summary>Output frames produced from a window of <paramref name="frames"/> input frames ("valid" convolutions).</summary>
    /// <param name="frames">Input frames.</param>
    /// <returns>Output frames, 0 when the window is shorter than <see cref="ReceptiveField"/>.</returns>
    public int OutputFrames(int frames)
    {
        if (frames < StemKernel)
        {
            return 0;
        }

        int count = ((frames - StemKernel) / StemStride) + 1;
        foreach (TinyBlockShape block in Blocks)
        {
            count -= (block.Kernel - 1) * block.Dilation;
        }

        return Math.Max(count, 0);
    }

    /// <summary>Throws when a size is out of what the kernels and the blob accept.</summary>
    public void Validate()
    {
        Check(Bands, 1, 256, nameof(Bands));
        Check(StemChannels, 1, 256, nameof(StemChannels));
        Check(StemKernel, 1, 16, nameof(StemKernel));
        Check(StemStride, 1, 8, nameof(StemStride));
        Check(Classes, 2, 32, nameof(Classes));
        Check(Blocks.Count, 0, 7, "block count (the blob holds at most 16 layers)");
        foreach (TinyBlockShape block in Blocks)
        {
            Check(block.Channels, 1, 256, "block channels");
            Check(block.Kernel, 1, 16, "block kernel");
            Check(block.Dilation, 1, 16, "block dilation");
        }
    }

    private static void Check(int value, int min, int max, string what)
    {
        if (value < min || value > max)
        {
            throw new ArgumentException($"Tiny model {what} is {value}; it must be in {min}…{max}.");
        }
    }
}
