using WearableAI.Hub;
using WearableAI.Hub.Arbitration;
using WearableAI.Hub.Broker;
using WearableAI.Hub.Cluster;
using WearableAI.Hub.Commands;
using WearableAI.Hub.Devices;
using WearableAI.Hub.HomeAssistant;
using WearableAI.Hub.Inference;
using WearableAI.Hub.Ingest;
using WearableAI.Hub.Observability;
using WearableAI.Hub.Presence;
using WearableAI.Hub.ResultDelivery;
using WearableAI.Hub.Rollout;
using WearableAI.Hub.Storage;
using WearableAI.Hub.Timeline;
using WearableAI.Hub.Web;

// The hub: each room registers its own services and maps its own endpoints (docs/architecture.md, "The hub's floor plan").
WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.AddHubConfigurationSources(args);
builder.AddHubWeb();
builder.AddHubObservability();
builder.Services.AddHubCluster(builder.Configuration);
builder.AddHubSilo();
builder.Services.AddHubStorage(builder.Configuration);
builder.Services.AddHubBroker(builder.Configuration);
builder.Services.AddHubDevices();
builder.Services.AddHubTimeline();
builder.Services.AddHubApp();
builder.Services.AddHubInference(builder.Configuration);
builder.Services.AddHubPresence(builder.Configuration);
builder.Services.AddHubResultDelivery(builder.Configuration);
builder.Services.AddHubArbitration(builder.Configuration);
builder.Services.AddHubCommands();
builder.Services.AddHubRollout(builder.Configuration);
builder.Services.AddHubIngest(builder.Configuration);
builder.Services.AddHomeAssistant(builder.Configuration);

WebApplication app = builder.Build();
app.UseHubRemoteAccess();
app.MapHubHealth();
app.MapHubMetrics();
app.MapOpenApi();
app.MapDeviceApi();
app.MapHubApp();
app.MapIngestApi();
app.MapResultApi();
app.MapArbitrationApi();
app.MapInferenceApi();
app.MapRolloutApi();
return await app.RunHubAsync();

/// <summary>The hub's entry point (partial so that tests can start it with <c>WebApplicationFactory</c>).</summary>
public partial class Program;
