using WearableAI.Training.NativeFixup;
using static WearableAI.Training.Tests.LibTorchSharpFixture;

namespace WearableAI.Training.Tests;

public sealed class LibTorchSharpPatchTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "wai-elf-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_packaged_library_hard_requires_GLIBCXX_3_4_32()
    {
        Assert.True(ElfVersionRequirement.IsRequired(Pristine, Library, NewerVersion));
        Assert.False(ElfVersionRequirement.IsRequired(Pristine, Library, "GLIBCXX_3.4.99"));
    }

    [Fact]
    public void Patching_a_copy_makes_it_load_and_a_second_run_changes_nothing()
    {
        string copy = CopyPristineNextToLibTorch(folder);
        DateTime stamp = File.GetLastWriteTimeUtc(copy);
        long size = new FileInfo(copy).Length;

        bool changed = ElfVersionRequirement.Relax(copy, Library, NewerVersion, [NeverCalledSymbol], out string[] unbound);
        byte[] afterFirst = File.ReadAllBytes(copy);
        bool changedAgain = ElfVersionRequirement.Relax(copy, Library, NewerVersion, [NeverCalledSymbol], out string[] unboundAgain);

        Assert.True(changed);
        Assert.Equal([NeverCalledSymbol], unbound);
        Assert.False(ElfVersionRequirement.IsRequired(copy, Library, NewerVersion));
        Assert.Equal(size, new FileInfo(copy).Length);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(copy));
        Assert.False(changedAgain);
        Assert.Empty(unboundAgain);
        Assert.Equal(afterFirst, File.ReadAllBytes(copy));
        Assert.Null(TryLoad(copy));
    }

    [Fact]
    public void Without_the_patch_the_library_does_not_load_where_libstdcxx_is_older()
    {
        if (SystemLibStdCxxHas(NewerVersion))
        {
            return; // A newer system libstdc++ loads the pristine file; there is nothing to show here.
        }

        string copy = CopyPristineNextToLibTorch(folder);

        string? error = TryLoad(copy);

        Assert.NotNull(error);
        Assert.Contains("GLIBCXX_3.4.32", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pristine_file_in_the_package_is_never_changed_by_a_patch()
    {
        byte[] before = File.ReadAllBytes(Pristine);
        string copy = CopyPristineNextToLibTorch(folder);

        ElfVersionRequirement.Relax(copy, Library, NewerVersion, [NeverCalledSymbol], out _);

        Assert.Equal(before, File.ReadAllBytes(Pristine));
    }

    [Fact]
    public void A_symbol_not_known_to_be_safe_is_refused_and_the_file_left_alone()
    {
        string copy = CopyPristineNextToLibTorch(folder);
        byte[] before = File.ReadAllBytes(copy);

        var error = Assert.Throws<InvalidOperationException>(
            () => ElfVersionRequirement.Relax(copy, Library, NewerVersion, ["some_other_symbol"], out _));

        Assert.Contains(NeverCalledSymbol, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(copy));
    }

    [Fact]
    public void A_file_that_is_not_ELF_is_refused_with_a_clear_error()
    {
        Directory.CreateDirectory(folder);
        string text = Path.Combine(folder, "notes.so");
        File.WriteAllText(text, "this is not a shared object, just some text that is long enough to look like a header maybe");

        var error = Assert.Throws<InvalidDataException>(
            () => ElfVersionRequirement.Relax(text, Library, NewerVersion, [NeverCalledSymbol], out _));

        Assert.Contains("not an ELF file", error.Message, StringComparison.Ordinal);
        Assert.Contains("notes.so", error.Message, StringComparison.Ordinal);
    }
}
