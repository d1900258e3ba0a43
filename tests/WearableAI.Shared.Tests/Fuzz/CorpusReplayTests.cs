namespace WearableAI.Shared.Tests.Fuzz;

/// <summary>
/// Replays every input the fuzzers once found troublesome (<c>Fuzz/corpus/frames/*.bin</c>,
/// <c>Fuzz/corpus/blobs/*.bin</c>), so a fixed crash stays fixed. Add a file per finding; its name says what it was.
/// </summary>
public sealed class CorpusReplayTests
{
    public static TheoryData<string> Frames => Files("frames");

    public static TheoryData<string> Blobs => Files("blobs");

    [Theory]
    [MemberData(nameof(Frames))]
    public void A_kept_frame_input_decodes_or_is_rejected_with_a_reason(string name) =>
        FuzzOracle.Frame(File.ReadAllBytes(Path.Combine(Folder("frames"), name)));

    [Theory]
    [MemberData(nameof(Blobs))]
    public void A_kept_blob_input_loads_or_is_refused_with_a_reason(string name) =>
        FuzzOracle.Blob(File.ReadAllBytes(Path.Combine(Folder("blobs"), name)));

    [Fact]
    public void The_corpus_is_there()
    {
        // The replay must not pass by finding nothing: seed inputs are always kept.
        Assert.NotEmpty(Frames);
        Assert.NotEmpty(Blobs);
    }

    private static string Folder(string kind) => Path.Combine(AppContext.BaseDirectory, "Fuzz", "corpus", kind);

    private static TheoryData<string> Files(string kind) =>
        [.. Directory.GetFiles(Folder(kind), "*.bin").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];
}
