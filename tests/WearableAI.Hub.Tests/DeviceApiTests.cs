using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using WearableAI.Hub.Devices;
using WearableAI.Hub.Tests.Support;

namespace WearableAI.Hub.Tests;

/// <summary>The provisioning and device REST API, including bad requests.</summary>
public sealed class DeviceApiTests : IAsyncLifetime
{
    private readonly HubApp _hub = new();
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        await _hub.StartAsync();
        _http = _hub.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _hub.DisposeAsync();
    }

    [Fact]
    public async Task Provisioning_returns_an_id_a_secret_and_the_mqtt_endpoint()
    {
        using HttpResponseMessage response = await _http.PostAsJsonAsync("/api/devices", new CreateDeviceRequest("Kitchen Watch", "family"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        ProvisionedDevice device = (await response.Content.ReadFromJsonAsync<ProvisionedDevice>())!;
        Assert.True(HubTopics.IsValidId(device.Id));
        Assert.StartsWith("kitchen-watch-", device.Id, StringComparison.Ordinal);
        Assert.True(device.Secret.Length >= 40);
        Assert.Equal("family", device.Group);
        Assert.Equal(("127.0.0.1", _hub.MqttPort), (device.MqttHost, device.MqttPort));
        Assert.Equal($"/api/devices/{device.Id}", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task A_device_without_a_group_joins_the_default_group()
    {
        ProvisionedDevice device = await _hub.ProvisionAsync("watch");

        Assert.Equal(DeviceProvisioner.DefaultGroup, device.Group);
    }

    [Theory]
    [InlineData("""{"group":"family"}""", "'name' is required")]
    [InlineData("""{"name":"   "}""", "'name' must be")]
    [InlineData("""{"name":"watch","group":"Family Room"}""", "'group' must be")]
    [InlineData("""{"name":"watch","group":"a-very-long-group-name-over-32-chars"}""", "'group' must be")]
    public async Task Provisioning_with_a_bad_body_is_a_400_naming_the_field(string body, string expected)
    {
        using HttpResponseMessage response = await PostJsonAsync("/api/devices", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Provisioning_with_malformed_json_is_a_400()
    {
        using HttpResponseMessage response = await PostJsonAsync("/api/devices", "{not json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Listing_shows_every_device_and_never_a_secret()
    {
        ProvisionedDevice first = await _hub.ProvisionAsync("first");
        ProvisionedDevice second = await _hub.ProvisionAsync("second");

        string json = await _http.GetStringAsync("/api/devices");

        Assert.Contains(first.Id, json, StringComparison.Ordinal);
        Assert.Contains(second.Id, json, StringComparison.Ordinal);
        Assert.DoesNotContain(first.Secret, json, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Getting_one_device_shows_its_name_group_and_online_state()
    {
        ProvisionedDevice device = await _hub.ProvisionAsync("wrist", "family");

        JsonElement body = await _http.GetFromJsonAsync<JsonElement>($"/api/devices/{device.Id}");

        Assert.Equal("wrist", body.GetProperty("name").GetString());
        Assert.Equal("family", body.GetProperty("group").GetString());
        Assert.False(body.GetProperty("online").GetBoolean());
    }

    [Fact]
    public async Task Getting_an_unknown_device_is_a_404_problem()
    {
        using HttpResponseMessage response = await _http.GetAsync("/api/devices/nobody");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("nobody", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Patching_renames_and_moves_a_device()
    {
        ProvisionedDevice device = await _hub.ProvisionAsync("old name", "family");

        using HttpResponseMessage response = await _http.PatchAsJsonAsync($"/api/devices/{device.Id}", new UpdateDeviceRequest("new name", "work"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonElement body = await _http.GetFromJsonAsync<JsonElement>($"/api/devices/{device.Id}");
        Assert.Equal("new name", body.GetProperty("name").GetString());
        Assert.Equal("work", body.GetProperty("group").GetString());
    }

    [Fact]
    public async Task Patching_only_the_name_keeps_the_group()
    {
        ProvisionedDevice device = await _hub.ProvisionAsync("old name", "family");

        using HttpResponseMessage response = await _http.PatchAsJsonAsync($"/api/devices/{device.Id}", new UpdateDeviceRequest("renamed", null));

        JsonElement body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("renamed", "family"), (body.GetProperty("name").GetString(), body.GetProperty("group").GetString()));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"group":"UPPER"}""")]
    [InlineData("""{"name":""}""")]
    public async Task Patching_with_nothing_valid_to_change_is_a_400(string body)
    {
        ProvisionedDevice device = await _hub.ProvisionAsync();

        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/devices/{device.Id}") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        using HttpResponseMessage response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Patching_an_unknown_device_is_a_404()
    {
        using HttpResponseMessage response = await _http.PatchAsJsonAsync("/api/devices/nobody", new UpdateDeviceRequest("x", null));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Deleting_removes_the_device_and_a_second_delete_is_a_404()
    {
        ProvisionedDevice device = await _hub.ProvisionAsync();

        using HttpResponseMessage first = await _http.DeleteAsync($"/api/devices/{device.Id}");
        using HttpResponseMessage second = await _http.DeleteAsync($"/api/devices/{device.Id}");
        using HttpResponseMessage get = await _http.GetAsync($"/api/devices/{device.Id}");

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_description_lists_the_device_endpoints()
    {
        string json = await _http.GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/devices/{id}", json, StringComparison.Ordinal);
        Assert.Contains("\"patch\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_is_live_and_ready_once_storage_and_broker_are_up()
    {
        Assert.Equal("Healthy", await _http.GetStringAsync("/health/live"));
        Assert.Equal("Healthy", await _http.GetStringAsync("/health/ready"));
    }

    [Fact]
    public async Task Metrics_are_exported_in_Prometheus_format()
    {
        await _hub.ProvisionAsync();
        await using var client = new DeviceClient();
        await client.ConnectAsync(_hub.MqttPort, "nobody", "wrong", "nobody");

        string text = await _http.GetStringAsync("/metrics");

        Assert.Contains("wai_hub_mqtt_auth_failures_total", text, StringComparison.Ordinal);
        Assert.Contains("wai_hub_mqtt_connections_total", text, StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> PostJsonAsync(string path, string body) =>
        _http.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));
}
