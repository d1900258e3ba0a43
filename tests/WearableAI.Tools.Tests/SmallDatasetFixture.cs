namespace WearableAI.Tools.Tests;

/// <summary>One real `wai data synth --small` run through espeak-ng, shared by the layout tests.</summary>
public sealed class SmallDatasetFixture : IDisposable
{
    public SmallDatasetFixture()
    {
        Root = Path.Combine(WaiProcess.NewFolder(), "data");
        Run = WaiProcess.Run(null, "data", "synth", "--small", "--out", Root, "--seed", "5");
    }

    public string Root { get; }

    internal WaiProcess.Result Run { get; }

    public void Dispose()
    {
        Directory.Delete(Path.GetDirectoryName(Root)!, recursive: true);
    }
}
