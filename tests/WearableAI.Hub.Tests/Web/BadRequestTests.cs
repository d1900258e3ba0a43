using System.Net;
using System.Text;
using System.Text.Json;
using WearableAI.Hub.Tests.Support;

namespace WearableAI.Hub.Tests.Web;

/// <summary>
/// Every REST endpoint answers a bad request with a 4xx and an <c>application/problem+json</c> body whose
/// <c>detail</c> says what was wrong — malformed JSON, values that do not parse, ids of nobody — and the hub stays up.
/// </summary>
public sealed class BadRequestTests(BadRequestTests.StartedHub hub) : IClassFixture<BadRequestTests.StartedHub>
{
    public static TheoryData<string, string, string?, HttpStatusCode, string> Requests => new()
    {
        // method, path, JSON body (null: none), status, what the detail must mention
        { "POST", "/api/devices", "{not json", HttpStatusCode.BadRequest, "JSON" },
        { "POST", "/api/devices", """{"name":42}""", HttpStatusCode.BadRequest, "JSON" },
        { "POST", "/api/devices", """{"group":"family"}""", HttpStatusCode.BadRequest, "'name' is required" },
        { "GET", "/api/devices/nobody-here", null, HttpStatusCode.NotFound, "nobody-here" },
        { "PATCH", "/api/devices/nobody-here", """{"name":"x"}""", HttpStatusCode.NotFound, "nobody-here" },
        { "PATCH", "/api/devices/nobody-here", "[1,2", HttpStatusCode.BadRequest, "JSON" },
        { "DELETE", "/api/devices/nobody-here", null, HttpStatusCode.NotFound, "nobody-here" },
        { "GET", "/api/devices/nobody-here/threshold", null, HttpStatusCode.NotFound, "nobody-here" },
        { "GET", "/api/devices/nobody-here/rollout", null, HttpStatusCode.NotFound, "nobody-here" },
        { "GET", "/api/events?limit=many", null, HttpStatusCode.BadRequest, "limit" },
        { "GET", "/api/events?limit=0", null, HttpStatusCode.BadRequest, "'limit' must be" },
        { "GET", "/api/events?limit=100000", null, HttpStatusCode.BadRequest, "'limit' must be" },
        { "GET", "/api/events?device=Not%20An%20Id", null, HttpStatusCode.BadRequest, "'device' must be" },
        { "GET", "/api/events?kind=banana", null, HttpStatusCode.BadRequest, "'kind' must be" },
        { "GET", "/api/results?device=Not%20An%20Id", null, HttpStatusCode.BadRequest, "'device' must be" },
        { "GET", "/api/results?limit=-3", null, HttpStatusCode.BadRequest, "'limit' must be" },
        { "GET", "/api/arbitrations?group=Living%20Room", null, HttpStatusCode.BadRequest, "'group' must be" },
        { "GET", "/api/arbitrations?limit=1.5", null, HttpStatusCode.BadRequest, "limit" },
        { "POST", "/api/rollouts", "{}", HttpStatusCode.BadRequest, "'group' is required" },
        { "POST", "/api/rollouts", "{\"group\":", HttpStatusCode.BadRequest, "JSON" },
        { "GET", "/api/system/devices/NOT_VALID", null, HttpStatusCode.BadRequest, "device id" },
        { "GET", "/api/system/devices/nobody-here", null, HttpStatusCode.NotFound, "nobody-here" },
        { "GET", "/api/timeline?after=soon", null, HttpStatusCode.BadRequest, "'after' must be" },
        { "GET", "/api/timeline/stream?after=x", null, HttpStatusCode.BadRequest, "must be a timeline entry id" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task A_bad_request_gets_a_4xx_with_a_problem_detail_that_names_the_mistake(string method, string path, string? body, HttpStatusCode status, string mentioned)
    {
        using HttpClient http = hub.App.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using HttpResponseMessage response = await http.SendAsync(request);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        string detail = problem.RootElement.TryGetProperty("detail", out JsonElement d) ? d.GetString() ?? "" : "";
        Assert.Contains(mentioned, detail, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_refused_as_unsupported_media_with_a_message()
    {
        using HttpClient http = hub.App.CreateClient();
        using HttpResponseMessage response = await http.PostAsync("/api/devices", new StringContent("name=watch", Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("application/json", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>One started hub for every request of this class (none of them changes it).</summary>
    public sealed class StartedHub : IAsyncLifetime
    {
        public HubApp App { get; } = new();

        public async Task InitializeAsync() => await App.StartAsync();

        public async Task DisposeAsync() => await App.DisposeAsync();
    }
}
