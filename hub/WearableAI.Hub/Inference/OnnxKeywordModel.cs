using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;
using WearableAI.Hub.Observability;

namespace WearableAI.Hub.Inference;

/// <summary>
/// <see cref="IKeywordModel"/> on ONNX Runtime: ONE <see cref="InferenceSession"/>, created in the
/// constructor from the hub model named by the manifest (<see cref="ShippedManifest"/>, read once at startup)
/// and disposed with this singleton.
/// Requests go through a channel; a single loop takes what is queued (up to
/// <see cref="InferenceOptions.MaxBatch"/>) and, under load, waits up to
/// <see cref="InferenceOptions.BatchWindowMs"/> for more, then runs the batch once
/// (input <c>float[batch, bands, frames]</c>; requests of different lengths run as separate batches).
/// An isolated request is run at once (no waiting when the hub is idle).
/// A missing or refused manifest or an invalid model leaves the model unavailable (<see cref="UnavailableReason"/>):
/// the hub keeps running and answers wake candidates as unverified.
/// </summary>
public sealed partial class OnnxKeywordModel : IKeywordModel, IDisposable
{
    private readonly InferenceSession? _session;
    private readonly string _inputName = "";
    private readonly string _outputName = "";
    private readonly Channel<ScoreRequest> _requests = Channel.CreateUnbounded<ScoreRequest>();
    private readonly Task _loop = Task.CompletedTask;
    private readonly int _maxBatch;
    private readonly TimeSpan _window;
    private readonly PipelineMetrics _metrics;
    private readonly ILogger<OnnxKeywordModel> _logger;

    public OnnxKeywordModel(IOptions<InferenceOptions> options, ShippedManifest shipped, PipelineMetrics metrics, ILogger<OnnxKeywordModel> logger)
    {
        _metrics = metrics;
        _logger = logger;
        _maxBatch = options.Value.MaxBatch;
        _window = TimeSpan.FromMilliseconds(options.Value.BatchWindowMs);
        if (shipped.Manifest is not { } manifest)
        {
            UnavailableReason = $"no hub model: {shipped.Reason}";
            LogUnavailable(UnavailableReason);
            return;
        }

        string modelPath = Path.Combine(shipped.Folder, manifest.Files.Hub);
        if (!File.Exists(modelPath))
        {
            UnavailableReason = $"no hub model: {modelPath} not found (named by {ModelFiles.ManifestName}; `wai ship` copies it)";
            LogUnavailable(UnavailableReason);
            return;
        }

        try
        {
            using var sessionOptions = new Microsoft.ML.OnnxRuntime.SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
            _session = new InferenceSession(modelPath, sessionOptions);
            _inputName = manifest.Input ?? _session.InputMetadata.Keys.First();
            _outputName = manifest.Output
                ?? (_session.OutputMetadata.ContainsKey("probabilities") ? "probabilities" : _session.OutputMetadata.Keys.Last());
            CheckShapes(manifest, modelPath);
            Manifest = manifest;
            _loop = Task.Run(RunLoopAsync);
            LogLoaded(modelPath, manifest.Version, manifest.Vocabulary.Count, manifest.Bands);
        }
        catch (Exception e) when (e is InvalidDataException or OnnxRuntimeException or IOException)
        {
            _session?.Dispose();
            _session = null;
            UnavailableReason = $"hub model not loaded: {e.Message}";
            LogUnavailable(UnavailableReason);
        }
    }

    public ModelManifest? Manifest { get; }

    public string? UnavailableReason { get; }

    public Task<float[]> ScoreAsync(sbyte[] features, int frames, int bands, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (Manifest is null)
        {
            throw new InvalidOperationException(UnavailableReason);
        }

        if (bands != Manifest.Bands || frames < 1 || features.Length != frames * bands)
        {
            throw new ArgumentException($"features have {bands} bands × {frames} frames; the hub model needs {Manifest.Bands} bands");
        }

        var request = new ScoreRequest(features, frames, Stopwatch.GetTimestamp());
        if (!_requests.Writer.TryWrite(request))
        {
            throw new ObjectDisposedException(nameof(OnnxKeywordModel));
        }

        return request.Done.Task.WaitAsync(cancellationToken);
    }

    public void Dispose()
    {
        _requests.Writer.TryComplete();
        _loop.GetAwaiter().GetResult();
        _session?.Dispose();
    }

    private void CheckShapes(ModelManifest manifest, string modelPath)
    {
        if (!_session!.InputMetadata.TryGetValue(_inputName, out NodeMetadata? input) || !_session.OutputMetadata.ContainsKey(_outputName))
        {
            throw new InvalidDataException($"{modelPath}: has no input '{_inputName}' or output '{_outputName}'");
        }

        int[] dims = input.Dimensions;
        if (dims.Length != 3 || (dims[1] > 0 && dims[1] != manifest.Bands))
        {
            throw new InvalidDataException($"{modelPath}: input must be [batch, {manifest.Bands} bands, frames] (manifest), the model says [{string.Join(", ", dims)}]");
        }
    }

    private async Task RunLoopAsync()
    {
        ChannelReader<ScoreRequest> reader = _requests.Reader;
        var batch = new List<ScoreRequest>(_maxBatch);
        bool busy = false;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < _maxBatch && reader.TryRead(out ScoreRequest? request))
            {
                batch.Add(request);
            }

            // Under load (requests kept arriving during the last run) wait a moment for more.
            if (busy && batch.Count < _maxBatch && _window > TimeSpan.Zero)
            {
                long deadline = Stopwatch.GetTimestamp() + (long)(_window.TotalSeconds * Stopwatch.Frequency);
                while (batch.Count < _maxBatch && Stopwatch.GetTimestamp() < deadline)
                {
                    if (reader.TryRead(out ScoreRequest? more))
                    {
                        batch.Add(more);
                    }
                    else
                    {
                        Thread.Yield();
                    }
                }
            }

            foreach (IGrouping<int, ScoreRequest> sameLength in batch.GroupBy(r => r.Frames))
            {
                Run(sameLength.ToList());
            }

            busy = reader.TryPeek(out _) || batch.Count > 1;
        }
    }

    private void Run(List<ScoreRequest> batch)
    {
        int bands = Manifest!.Bands;
        int frames = batch[0].Frames;
        int vocabulary = Manifest.Vocabulary.Count;
        float scale = (float)Manifest.FeatureScale;
        var input = new float[batch.Count * bands * frames];
        for (int b = 0; b < batch.Count; b++)
        {
            sbyte[] features = batch[b].Features;
            int baseIndex = b * bands * frames;
            for (int t = 0; t < frames; t++)
            {
                for (int k = 0; k < bands; k++)
                {
                    input[baseIndex + (k * frames) + t] = features[(t * bands) + k] * scale;
                }
            }
        }

        try
        {
            using OrtValue tensor = OrtValue.CreateTensorValueFromMemory(input, [batch.Count, bands, frames]);
            using var runOptions = new RunOptions();
            using IDisposableReadOnlyCollection<OrtValue> outputs = _session!.Run(runOptions, [_inputName], [tensor], [_outputName]);
            ReadOnlySpan<float> values = outputs[0].GetTensorDataAsSpan<float>();
            if (values.Length != batch.Count * vocabulary)
            {
                throw new InvalidOperationException($"the hub model gave {values.Length} values for {batch.Count} × {vocabulary} labels");
            }

            _metrics.Batch(batch.Count);
            for (int b = 0; b < batch.Count; b++)
            {
                float[] probabilities = Probabilities.Normalise(values.Slice(b * vocabulary, vocabulary).ToArray());
                _metrics.Inference(Stopwatch.GetElapsedTime(batch[b].Queued).TotalMilliseconds);
                batch[b].Done.TrySetResult(probabilities);
            }
        }
        catch (Exception e) when (e is OnnxRuntimeException or InvalidOperationException)
        {
            LogRunFailed(e);
            foreach (ScoreRequest request in batch)
            {
                request.Done.TrySetException(e);
            }
        }
    }

    private sealed record ScoreRequest(sbyte[] Features, int Frames, long Queued)
    {
        public TaskCompletionSource<float[]> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Hub model {Path} loaded: version {Version}, {Labels} labels, {Bands} bands")]
    private partial void LogLoaded(string path, string version, int labels, int bands);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Wake candidates will be answered as unverified: {Reason}")]
    private partial void LogUnavailable(string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Hub model run failed")]
    private partial void LogRunFailed(Exception exception);
}
