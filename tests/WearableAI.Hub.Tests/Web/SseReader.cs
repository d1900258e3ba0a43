using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using WearableAI.Hub.Tests.Support;

namespace WearableAI.Hub.Tests.Web;

/// <summary>Reads a Server-Sent Events response line by line, as a browser's EventSource would.</summary>
public sealed class SseReader : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;
    private readonly CancellationTokenSource _timeout = new(Signal.Timeout);

    private SseReader(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    public string? ContentType => _response.Content.Headers.ContentType?.MediaType;

    public static async Task<SseReader> OpenAsync(HttpClient http, string url, long? lastEventId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId.Value.ToString(CultureInfo.InvariantCulture));
        }

        HttpResponseMessage response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).Within();
        response.EnsureSuccessStatusCode();
        return new SseReader(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>The next line that matches.</summary>
    public async Task<string> NextLineAsync(Func<string, bool> match)
    {
        while (true)
        {
            string line = await _reader.ReadLineAsync(_timeout.Token) ?? throw new EndOfStreamException("The stream ended.");
            if (match(line))
            {
                return line;
            }
        }
    }

    /// <summary>The next event's id and JSON data.</summary>
    public async Task<(long Id, JsonElement Data)> NextEventAsync()
    {
        string idLine = await NextLineAsync(line => line.StartsWith("id: ", StringComparison.Ordinal));
        string dataLine = await NextLineAsync(_ => true);
        Assert.StartsWith("data: ", dataLine, StringComparison.Ordinal);
        using JsonDocument data = JsonDocument.Parse(dataLine["data: ".Length..]);
        return (long.Parse(idLine["id: ".Length..], CultureInfo.InvariantCulture), data.RootElement.Clone());
    }

    public ValueTask DisposeAsync()
    {
        _timeout.Dispose();
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}
