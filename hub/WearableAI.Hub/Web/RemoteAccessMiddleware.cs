using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace WearableAI.Hub.Web;

/// <summary>
/// Requests from this machine pass; a request from any other address must carry
/// <c>Authorization: Bearer &lt;Hub:Web:RemoteAccessToken&gt;</c>, else it gets 401.
/// </summary>
public sealed class RemoteAccessMiddleware(RequestDelegate next, IOptions<WebOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (IsLocal(context.Connection.RemoteIpAddress) || HasToken(context.Request.Headers.Authorization.ToString()))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer";
        await Results.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Remote access needs a token",
            detail: "Requests from another machine need 'Authorization: Bearer <token>' (setting Hub:Web:RemoteAccessToken).")
            .ExecuteAsync(context).ConfigureAwait(false);
    }

    // No address: an in-process or Unix-socket caller, which is on this machine.
    private static bool IsLocal(IPAddress? remote) =>
        remote is null || IPAddress.IsLoopback(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote);

    private bool HasToken(string authorization)
    {
        string token = options.Value.RemoteAccessToken;
        const string Scheme = "Bearer ";
        if (token.Length == 0 || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(authorization[Scheme.Length..].Trim()), Encoding.UTF8.GetBytes(token));
    }
}
