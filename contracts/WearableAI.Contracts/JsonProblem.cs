using System.Text.Json;

namespace WearableAI.Contracts;

/// <summary>A <see cref="JsonException"/> in words: the field it is about and what is wrong, without positions.</summary>
internal static class JsonProblem
{
    public static string Describe(JsonException e)
    {
        string message = e.Message;
        int position = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (position < 0)
        {
            position = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        message = (position >= 0 ? message[..position] : message).TrimEnd('.', ' ', '|');
        string? field = e.Path is null or "$" ? null : e.Path.StartsWith("$.", StringComparison.Ordinal) ? e.Path[2..] : e.Path;
        return field is null ? message : $"'{field}': {message}";
    }
}
