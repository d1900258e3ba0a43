using WearableAI.Hub.Tests.Support;

namespace WearableAI.Hub.Tests.HomeAssistant;

/// <summary>
/// What a client that subscribes now gets as the retained message of a topic — what Home Assistant reads when it
/// (re)starts — asked with a fresh <c>mosquitto_sub</c>. A retained sentinel on a second filter ends the answer:
/// Mosquitto sends the retained messages of a SUBSCRIBE's filters in their order, so the sentinel first means
/// nothing is retained on the topic.
/// </summary>
public static class RetainedMessage
{
    private const string Sentinel = "wai-test/sentinel";

    /// <summary>The retained payload on <paramref name="topic"/>, or null when none is retained.</summary>
    public static async Task<string?> ReadAsync(HomeAssistantBroker broker, string topic)
    {
        string[] login = broker.HomeAssistantLogin("retained-" + Guid.NewGuid().ToString("N")[..8]);
        Assert.Equal(0, (await ChildProcess.RunAsync("mosquitto_pub", [.. login, "-r", "-q", "1", "-t", Sentinel, "-m", "end"])).ExitCode);
        (int exitCode, ChildProcess sub) = await ChildProcess.RunAsync("mosquitto_sub", [.. login, "-C", "1", "-F", "%r\t%t\t%p", "-t", topic, "-t", Sentinel]);
        await using (sub)
        {
            Assert.Equal(0, exitCode);
            string[] parts = sub.Output.Split('\t', 3);
            Assert.Equal("1", parts[0]); // a retained message, not a live one
            return parts[1] == Sentinel ? null : parts[2];
        }
    }

    /// <summary>Publishes as Home Assistant, e.g. its birth message.</summary>
    public static async Task PublishAsync(HomeAssistantBroker broker, string topic, string payload)
    {
        string[] login = broker.HomeAssistantLogin("ha-" + Guid.NewGuid().ToString("N")[..8]);
        Assert.Equal(0, (await ChildProcess.RunAsync("mosquitto_pub", [.. login, "-q", "1", "-t", topic, "-m", payload])).ExitCode);
    }
}
