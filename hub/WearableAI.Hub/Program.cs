using WearableAI.Hub;
using WearableAI.Hub.Broker;
using WearableAI.Hub.Devices;
using WearableAI.Hub.HomeAssistant;
using WearableAI.Hub.Ingest;
using WearableAI.Hub.Observability;
using WearableAI.Hub.Storage;
using WearableAI.Hub.Timeline;
using WearableAI.Hub.Web;

// The hub: embedded MQTT broker (or a Mosquitto client), device security, storage, REST API, metrics.
WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.AddHubConfigurationSources(args);
builder.AddHubWeb();
builder.AddHubObservability();
builder.Services.AddHubStorage(builder.Configuration);
builder.Services.AddHubBroker(builder.Configuration);
builder.Services.AddHubDevices();
builder.Services.AddHubTimeline();
builder.Services.AddHubApp();
builder.Services.AddHubPipeline(builder.Configuration);
builder.Services.AddHomeAssistant(builder.Configuration);

WebApplication app = builder.Build();
app.UseHubRemoteAccess();
app.MapHubHealth();
app.MapHubMetrics();
app.MapOpenApi();
app.MapDeviceApi();
app.MapHubApp();
app.MapPipelineApi();
return await app.RunHubAsync();

/// <summary>The hub's entry point (partial so that tests can start it with <c>WebApplicationFactory</c>).</summary>
public partial class Program;
