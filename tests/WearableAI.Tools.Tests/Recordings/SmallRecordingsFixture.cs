using WearableAI.Synthesis;
using WearableAI.Synthesis.Recordings;
using WearableAI.Synthesis.Recordings.Music;

namespace WearableAI.Tools.Tests.Recordings;

/// <summary>
/// The catalogue of three small real packages (alsa-utils, codec2-examples, rakarrack; ~15 MB),
/// fetched with apt-get download and unpacked into the package cache on first use
/// ($WAI_PACKAGE_CACHE, else the tools' default cache, so later runs reuse it).
/// </summary>
public sealed class SmallRecordingsFixture
{
    public const string Collection = "small packaged recordings";

    public static readonly string[] Packages = ["alsa-utils", "codec2-examples", "rakarrack"];

    public SmallRecordingsFixture()
    {
        CacheFolder = Environment.GetEnvironmentVariable("WAI_PACKAGE_CACHE") is { Length: > 0 } folder ? folder : PackageCache.DefaultFolder;
        Catalogue = RecordingCatalogue.Load(CacheFolder, Progress, PackagedRecordings.FromPackages(Packages), GeneratedMusic.None);
    }

    public string CacheFolder { get; }

    public RecordingCatalogue Catalogue { get; }

    internal CountingProgress Progress { get; } = new();

    internal sealed class CountingProgress : ISynthesisProgress
    {
        private readonly Dictionary<string, int> _totals = [];

        public int Total(string stage)
        {
            lock (_totals) return _totals.GetValueOrDefault(stage);
        }

        public void Begin(string stage, int total)
        {
            lock (_totals) _totals[stage] = total;
        }

        public void Advance(string stage)
        {
        }
    }
}

/// <summary>The test classes that share one <see cref="SmallRecordingsFixture"/> (one load, one cache writer).</summary>
[CollectionDefinition(SmallRecordingsFixture.Collection)]
public sealed class SmallRecordingsCollection : ICollectionFixture<SmallRecordingsFixture>
{
}
