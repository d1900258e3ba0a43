using WearableAI.Shared.Audio;

namespace WearableAI.Training.Data;

/// <summary>
/// Turns a scanned dataset into a <see cref="FeatureSet"/>: hashes the data, reuses the feature
/// cache when it matches, otherwise reads every WAV, places it in its window
/// (<see cref="FeatureWindows"/>) and runs the shared front end over it on all cores, then writes the cache.
/// </summary>
public static class FeatureBuilder
{
    /// <summary>Builds (or loads) the features.</summary>
    /// <param name="dataset">The scanned dataset.</param>
    /// <param name="settings">Front-end settings.</param>
    /// <param name="cacheFolder">Where cache files live; null for no caching.</param>
    /// <param name="progress">Progress sink.</param>
    /// <param name="fromCache">True when the features came from the cache.</param>
    /// <exception cref="DatasetException">A WAV is refused, or the cache is corrupt.</exception>
    public static FeatureSet Build(DatasetFolder dataset, FrontEndSettings settings, string? cacheFolder, IWorkProgress progress, out bool fromCache)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(progress);
        string dataHash = DataHasher.Hash(dataset, progress);
        string key = FeatureCache.SettingsKey(settings);
        string? cachePath = cacheFolder == null ? null : FeatureCache.PathFor(cacheFolder, dataHash, key);
        if (cachePath != null)
        {
            FeatureSet? cached = FeatureCache.Read(cachePath, dataHash, key);
            if (cached != null)
            {
                fromCache = true;
                progress.Report($"features: loaded from cache {cachePath}");
                return cached;
            }
        }

        FeatureSet set;
        try
        {
            set = Extract(dataset, settings, dataHash, key, progress);
        }
        catch (AggregateException e) when (e.InnerExceptions.OfType<DatasetException>().FirstOrDefault() is DatasetException first)
        {
            throw new DatasetException(first.Message, e);
        }

        if (cachePath != null)
        {
            try
            {
                FeatureCache.Write(cachePath, set);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                progress.Report($"features: cache not written ({e.Message})");
            }
        }

        fromCache = false;
        return set;
    }

    private static FeatureSet Extract(DatasetFolder dataset, FrontEndSettings settings, string dataHash, string key, IWorkProgress progress)
    {
        int bands = settings.MelBands;
        int samplesPerFrame = settings.InputSamplesPerHop;
        int windowLength = FeatureWindows.StoredFrames * bands;
        IReadOnlyList<ClipEntry> clips = dataset.Clips;
        var windows = new sbyte[clips.Count][];
        using var extractors = new ThreadLocal<FeatureExtractor>(() => new FeatureExtractor(settings));
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };

        progress.Begin("computing features", clips.Count + dataset.Background.Count);
        Parallel.For(0, clips.Count, parallel, i =>
        {
            short[] pcm = WavReader.Read(dataset.PathOf(clips[i].RelativePath), settings.SampleRate);
            sbyte[] features = extractors.Value!.Compute(FeatureWindows.Place(pcm, FeatureWindows.StoredFrames, samplesPerFrame));
            var window = new sbyte[windowLength];
            features.AsSpan(0, Math.Min(features.Length, windowLength)).CopyTo(window);
            windows[i] = window;
            progress.Advance(1);
        });

        var background = new BackgroundStream[dataset.Background.Count];
        Parallel.For(0, background.Length, parallel, i =>
        {
            string path = dataset.Background[i];
            background[i] = new BackgroundStream(path, extractors.Value!.Compute(WavReader.Read(dataset.PathOf(path), settings.SampleRate)), bands);
            progress.Advance(1);
        });

        return new FeatureSet(
            dataHash,
            key,
            SplitOf(clips, windows, bands, DataSplit.Train),
            SplitOf(clips, windows, bands, DataSplit.Validation),
            SplitOf(clips, windows, bands, DataSplit.Test),
            background);
    }

    private static ClipFeatures SplitOf(IReadOnlyList<ClipEntry> clips, sbyte[][] windows, int bands, DataSplit split)
    {
        int[] indices = Enumerable.Range(0, clips.Count).Where(i => clips[i].Split == split).ToArray();
        var flat = new sbyte[indices.Length * FeatureWindows.StoredFrames * bands];
        for (int k = 0; k < indices.Length; k++)
        {
            windows[indices[k]].CopyTo(flat, k * FeatureWindows.StoredFrames * bands);
        }

        return new ClipFeatures(bands, flat, indices.Select(i => clips[i].Label).ToArray(), indices.Select(i => clips[i].RelativePath).ToArray());
    }
}
