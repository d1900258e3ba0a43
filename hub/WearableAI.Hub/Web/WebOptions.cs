using System.ComponentModel.DataAnnotations;

namespace WearableAI.Hub.Web;

/// <summary>The web/API listener (configuration section <c>Hub:Web</c>).</summary>
public sealed class WebOptions
{
    public const string Section = "Hub:Web";

    /// <summary>URLs Kestrel listens on, separated by ';'. Localhost only by default.</summary>
    public string Urls { get; set; } = "http://localhost:5080";

    /// <summary>
    /// Bearer token a request from another machine must present. Empty = remote requests are refused.
    /// </summary>
    [RegularExpression("^$|^.{16,}$", ErrorMessage = "Hub:Web:RemoteAccessToken must be empty or at least 16 characters.")]
    public string RemoteAccessToken { get; set; } = "";

    /// <summary>Seconds between heartbeat comments on an idle timeline stream (<c>/api/timeline/stream</c>).</summary>
    [Range(1, 3600, ErrorMessage = "Hub:Web:StreamHeartbeatSeconds must be between 1 and 3600.")]
    public int StreamHeartbeatSeconds { get; set; } = 15;
}
