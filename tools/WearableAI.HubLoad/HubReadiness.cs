using System.Diagnostics;
using System.Globalization;

namespace WearableAI.HubLoad;

/// <summary>Waits for a hub child process to be ready: its <c>/health/ready</c> answers 200 (storage and broker up).</summary>
internal static class HubReadiness
{
    /// <summary>Polls every 100 ms; fails at once if the process exits, or after <paramref name="patience"/>.</summary>
    /// <param name="http">A client with the hub's base address.</param>
    /// <param name="process">The hub process.</param>
    /// <param name="patience">How long it may take.</param>
    /// <param name="what">Names the hub in the error (and where its output is, if anywhere).</param>
    public static async Task WaitAsync(HttpClient http, Process process, TimeSpan patience, string what)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < patience)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{what} exited with code {process.ExitCode.ToString(CultureInfo.InvariantCulture)} before it was ready");
            }

            try
            {
                using HttpResponseMessage ready = await http.GetAsync("/health/ready");
                if (ready.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{what} was not ready within {patience.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s");
    }
}
