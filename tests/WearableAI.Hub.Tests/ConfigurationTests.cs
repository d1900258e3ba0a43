using WearableAI.Hub.Tests.Support;

namespace WearableAI.Hub.Tests;

/// <summary>The real hub program refuses bad settings with one line that names the setting.</summary>
public sealed class ConfigurationTests : IDisposable
{
    private static readonly string HubProgram = Path.Combine(AppContext.BaseDirectory, "WearableAI.Hub");
    private readonly string _folder = Directory.CreateTempSubdirectory("wai-hub-config-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("--Hub:Broker:Mode=External", "Hub:Broker:ExternalUrl")]
    [InlineData("--Hub:Broker:Mode=Sideways", "Hub:Broker:Mode")]
    [InlineData("--Hub:Broker:Port=70000", "Hub:Broker:Port")]
    [InlineData("--Hub:Broker:BindAddress=everywhere", "Hub:Broker:BindAddress")]
    [InlineData("--Hub:Broker:Tls:CertificatePath=/no/such/cert.pfx", "Hub:Broker:Tls:CertificatePath")]
    [InlineData("--Hub:Storage:EventRetentionDays=0", "Hub:Storage:EventRetentionDays")]
    [InlineData("--Hub:Web:RemoteAccessToken=short", "Hub:Web:RemoteAccessToken")]
    public async Task A_bad_setting_stops_the_hub_with_one_line_naming_it(string argument, string setting)
    {
        (int exitCode, ChildProcess hub) = await ChildProcess.RunAsync(HubProgram,
            $"--Hub:Storage:DataFolder={_folder}", "--Hub:Web:Urls=http://127.0.0.1:0", $"--Hub:Broker:Port={FreePort.Next()}", argument);
        await using (hub)
        {
            Assert.Equal(2, exitCode);
            string line = Assert.Single(hub.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("wai-hub: configuration error:", line, StringComparison.Ordinal);
            Assert.Contains(setting, line, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", hub.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task WAI_prefixed_environment_variables_configure_the_hub()
    {
        await using ChildProcess hub = ChildProcess.Start(
            new Dictionary<string, string> { ["WAI_Hub__Broker__Port"] = "0" },
            HubProgram, $"--Hub:Storage:DataFolder={_folder}", "--Hub:Web:Urls=http://127.0.0.1:0");

        Assert.Equal(2, await hub.WaitForExitAsync());
        Assert.Contains("Hub:Broker:Port must be 1..65535 (got 0)", hub.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_real_program_starts_and_writes_JSON_logs_when_asked()
    {
        await using ChildProcess hub = ChildProcess.Start(HubProgram,
            $"--Hub:Storage:DataFolder={_folder}", "--Hub:Web:Urls=http://127.0.0.1:0", $"--Hub:Broker:Port={FreePort.Next()}",
            "--Hub:Observability:JsonConsole=true");

        await hub.WaitForLineAsync("Hub connected to the MQTT broker");

        string line = hub.Output.Split('\n').First(l => l.Contains("Hub connected to the MQTT broker", StringComparison.Ordinal));
        using var json = System.Text.Json.JsonDocument.Parse(line);
        Assert.Equal("Information", json.RootElement.GetProperty("LogLevel").GetString());
    }
}
