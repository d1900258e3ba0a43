using Microsoft.Extensions.DependencyInjection;
using WearableAI.Hub.Inference;
using WearableAI.Hub.Tests.Pipeline;
using WearableAI.Hub.Tests.Support;

namespace WearableAI.Hub.Tests.Inference;

/// <summary>Many concurrent requests share ONNX runs and each gets its own answer.</summary>
public sealed class BatchingTests
{
    [Fact]
    public async Task Concurrent_requests_are_batched_and_each_gets_the_probabilities_of_its_own_features()
    {
        await using HubApp hub = await PipelineHub.StartAsync();
        IKeywordModel model = hub.Services.GetRequiredService<IKeywordModel>();
        using var metrics = new MetricProbe(hub.Metrics.Meter);
        int runs = 0;
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter, hub.Metrics.Meter) && instrument.Name == "wai.hub.inference.batch_size")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, _, _) => Interlocked.Increment(ref runs));
        listener.Start();

        Task<float[]>[] requests = Enumerable.Range(0, 64)
            .Select(i => model.ScoreAsync(i % 2 == 0 ? TestKeywordModel.WakePattern() : TestKeywordModel.StopPattern(), TestKeywordModel.Frames, TestKeywordModel.Bands, CancellationToken.None))
            .ToArray();
        float[][] answers = await Task.WhenAll(requests).Within();

        for (int i = 0; i < answers.Length; i++)
        {
            Assert.Equal(i % 2 == 0 ? 0 : 1, Array.IndexOf(answers[i], answers[i].Max()));
        }

        Assert.Equal(64, metrics.Total("wai.hub.inference.batch_size")); // every request was in exactly one run
        Assert.True(runs < 64, $"{runs} runs for 64 concurrent requests: no batching");
    }
}
