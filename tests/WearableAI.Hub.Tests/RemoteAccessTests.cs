using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using WearableAI.Hub.Tests.Support;

namespace WearableAI.Hub.Tests;

/// <summary>A request from another machine needs the configured bearer token.</summary>
public sealed class RemoteAccessTests : IAsyncLifetime
{
    private static readonly IPAddress Phone = IPAddress.Parse("192.168.1.23");
    private readonly HubApp _hub = new();

    public Task InitializeAsync() => _hub.StartAsync();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer wrong-token-wrong-token")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task A_remote_request_without_the_right_token_is_a_401(string? authorization)
    {
        HttpContext context = await SendAsync(Phone, authorization);

        Assert.Equal(StatusCodes.Status401Unauthorized, context.Response.StatusCode);
        Assert.Equal("Bearer", context.Response.Headers.WWWAuthenticate.ToString());
    }

    [Fact]
    public async Task A_remote_request_with_the_token_passes()
    {
        HttpContext context = await SendAsync(Phone, "Bearer " + HubApp.RemoteToken);

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public async Task A_local_request_needs_no_token(string address)
    {
        HttpContext context = await SendAsync(IPAddress.Parse(address), null);

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
    }

    [Fact]
    public async Task Without_a_configured_token_every_remote_request_is_refused()
    {
        await using var hub = new HubApp(new() { ["Hub:Web:RemoteAccessToken"] = "" });
        await hub.StartAsync();

        HttpContext context = await hub.Server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = "/api/devices";
            c.Connection.RemoteIpAddress = Phone;
            c.Request.Headers.Authorization = "Bearer ";
        });

        Assert.Equal(StatusCodes.Status401Unauthorized, context.Response.StatusCode);
    }

    private Task<HttpContext> SendAsync(IPAddress remote, string? authorization) =>
        _hub.Server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = "/api/devices";
            c.Connection.RemoteIpAddress = remote;
            if (authorization is not null)
            {
                c.Request.Headers.Authorization = authorization;
            }
        });
}
