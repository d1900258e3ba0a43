using Microsoft.AspNetCore.Http.HttpResults;

namespace WearableAI.Hub.Api;

/// <summary>
/// The rules every list endpoint of the hub's REST API shares: newest first, <c>limit</c> 1..<see cref="MaxLimit"/>
/// (default <see cref="DefaultLimit"/>), ids of 1..32 characters of a-z, 0-9, '_' and '-'. A value out of range or
/// not an id is answered 400 with a problem detail that names it.
/// </summary>
public static class ApiQuery
{
    /// <summary>The OpenAPI tag of the pipeline's data endpoints.</summary>
    public const string Tag = "pipeline";

    /// <summary>Items listed when the query gives no <c>limit</c>.</summary>
    public const int DefaultLimit = 100;

    /// <summary>The largest <c>limit</c> accepted.</summary>
    public const int MaxLimit = 1000;

    /// <summary>A 400 answer naming the first bad query value (limit out of range, an id that is not one, <paramref name="other"/>), or null.</summary>
    public static IResult? Problem(int? limit, (string Name, string? Value) id, string? other = null)
    {
        string? detail = limit is < 1 or > MaxLimit ? $"'limit' must be 1..{MaxLimit}, got {limit}."
            : id.Value is not null && !HubTopics.IsValidId(id.Value) ? $"'{id.Name}' must be an id: 1..32 characters of a-z, 0-9, '_' and '-'."
            : other;
        return detail is null ? null : TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: detail);
    }

    /// <summary>404: no device has the id.</summary>
    public static ProblemHttpResult NoSuchDevice(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such device", detail: $"No device has the id '{id}'.");
}
