using WearableAI.Hub.Tests.Support;

namespace WearableAI.Hub.Tests.HomeAssistant;

/// <summary>The real hub program with Home Assistant turned on but set up wrong: one line naming the setting, exit code 2.</summary>
public sealed class HubProgramTests : IDisposable
{
    private static readonly string HubProgram = Path.Combine(AppContext.BaseDirectory, "WearableAI.Hub");
    private readonly string _folder = Directory.CreateTempSubdirectory("wai-hub-ha-config-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("--Hub:HomeAssistant:StatePrefix=wai/v1/ha", "Hub:HomeAssistant:StatePrefix")]
    [InlineData("--Hub:HomeAssistant:Broker:HomeAssistantPassword=short", "Hub:HomeAssistant:Broker:HomeAssistantUsername")]
    [InlineData("--Hub:HomeAssistant:Broker:Url=http://ha.local", "Hub:HomeAssistant:Broker:Url")]
    public async Task A_bad_Home_Assistant_setting_stops_the_hub_with_one_line_naming_it(string argument, string setting)
    {
        (int exitCode, ChildProcess hub) = await ChildProcess.RunAsync(HubProgram,
            $"--Hub:Storage:DataFolder={_folder}", "--Hub:Web:Urls=http://127.0.0.1:0", $"--Hub:Broker:Port={FreePort.Next()}",
            "--Hub:HomeAssistant:Enabled=true", argument);
        await using (hub)
        {
            Assert.Equal(2, exitCode);
            string line = Assert.Single(hub.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("wai-hub: configuration error:", line, StringComparison.Ordinal);
            Assert.Contains(setting, line, StringComparison.Ordinal);
        }
    }
}
