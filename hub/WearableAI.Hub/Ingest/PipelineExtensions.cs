using WearableAI.Hub.Arbitration;
using WearableAI.Hub.Inference;
using WearableAI.Hub.Observability;
using WearableAI.Hub.Presence;
using WearableAI.Hub.ResultDelivery;
using WearableAI.Hub.Rollout;

namespace WearableAI.Hub.Ingest;

/// <summary>Registers the frame pipeline: ingest, inference, arbitration, results, model rollout and the heartbeat timeout.</summary>
public static class PipelineExtensions
{
    public static IServiceCollection AddHubPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IngestOptions>().Bind(configuration.GetSection(IngestOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<InferenceOptions>().Bind(configuration.GetSection(InferenceOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ArbitrationOptions>().Bind(configuration.GetSection(ArbitrationOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ResultOptions>().Bind(configuration.GetSection(ResultOptions.Section));
        services.AddOptions<PresenceOptions>().Bind(configuration.GetSection(PresenceOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RolloutOptions>().Bind(configuration.GetSection(RolloutOptions.Section)).ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton<PipelineMetrics>();
        services.AddSingleton<IKeywordModel, OnnxKeywordModel>();
        services.AddSingleton<DeviceThresholds>();
        services.AddSingleton<IArbitrationStore, InMemoryArbitrationStore>();
        services.AddSingleton<ArbitrationLog>();
        services.AddSingleton<WakeOutcomes>();
        services.AddSingleton<WakeArbiter>();
        services.AddSingleton<HubSequences>();
        services.AddSingleton<ActionCodes>();
        services.AddSingleton<ResultStore>();
        services.AddSingleton<ResultPublisher>();
        services.AddSingleton<CommandClassifier>();
        services.AddSingleton<WatchBlob>();
        services.AddSingleton<RolloutStore>();
        services.AddSingleton<ModelRollout>();
        services.AddSingleton<FrameLog>();
        services.AddSingleton<PresenceStore>();
        services.AddSingleton<DeviceRateLimiter>();
        services.AddSingleton<FramePipeline>();
        services.AddSingleton<DeviceActivity>();
        services.AddHostedService<FrameIngestService>();
        services.AddHostedService<HeartbeatTimeoutService>();
        return services;
    }
}
