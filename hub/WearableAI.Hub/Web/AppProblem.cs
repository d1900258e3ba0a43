namespace WearableAI.Hub.Web;

/// <summary>The app endpoints' error answers: <c>application/problem+json</c> with a <c>detail</c> a person can act on.</summary>
internal static class AppProblem
{
    public static IResult BadRequest(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: detail);

    public static IResult NotFound(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: title, detail: detail);

    /// <summary>Parses a timeline position (<c>after</c> or <c>Last-Event-ID</c>): empty = from the start.</summary>
    public static bool TryParsePosition(string? text, out long position)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            position = 0;
            return true;
        }

        return long.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out position);
    }
}
