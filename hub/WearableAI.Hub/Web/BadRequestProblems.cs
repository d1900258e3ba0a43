namespace WearableAI.Hub.Web;

/// <summary>
/// Answers a request the endpoints could not bind — a body that is not JSON or not the expected shape, a
/// query value that does not parse, a body of another media type — with <c>application/problem+json</c>
/// whose detail is ASP.NET Core's sentence naming the parameter (instead of an empty 400 or 415).
/// Needs <see cref="RouteHandlerOptions.ThrowOnBadRequest"/> (set by <see cref="WebExtensions.AddHubWeb"/>).
/// </summary>
public sealed class BadRequestProblems(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await next(context).ConfigureAwait(false);
            if (context.Response.StatusCode == StatusCodes.Status415UnsupportedMediaType && !context.Response.HasStarted)
            {
                // Minimal APIs answer a body of another media type with a bare 415, even with ThrowOnBadRequest.
                await TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                    detail: $"The body must be JSON (Content-Type: application/json), got '{context.Request.ContentType}'.").ExecuteAsync(context).ConfigureAwait(false);
            }
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            await TypedResults.Problem(statusCode: e.StatusCode, title: "Bad request", detail: e.Message).ExecuteAsync(context).ConfigureAwait(false);
        }
    }
}
