using TorchSharp;
using WearableAI.Training.NativeFixup;

namespace WearableAI.Training.Tests;

public class TorchSharpRuntimeTests
{
    [Fact]
    public void A_tensor_operation_runs_on_the_cpu()
    {
        using torch.Tensor ones = torch.ones(2, 2);
        using torch.Tensor sum = ones.sum();

        Assert.Equal(4f, sum.item<float>());
    }

    [Fact]
    public void The_build_left_the_output_copy_of_libLibTorchSharp_loadable_here()
    {
        string copy = Path.Combine(AppContext.BaseDirectory, "libLibTorchSharp.so");
        bool systemHasVersion = LibTorchSharpFixture.SystemLibStdCxxHas("GLIBCXX_3.4.32");

        bool hardRequirement = ElfVersionRequirement.IsRequired(copy, "libstdc++.so.6", "GLIBCXX_3.4.32");

        // Where the system lacks GLIBCXX_3.4.32 the build must have relaxed it; elsewhere it leaves the file alone.
        Assert.Equal(systemHasVersion, hardRequirement);
    }
}
