using WearableAI.Hub.Tests.Support;

namespace WearableAI.Hub.Tests.Cluster;

/// <summary>The real hub program refuses an incomplete Cluster configuration with one line naming the setting.</summary>
public sealed class ClusterConfigurationTests : IDisposable
{
    private static readonly string HubProgram = Path.Combine(AppContext.BaseDirectory, "WearableAI.Hub");
    private readonly string _folder = Directory.CreateTempSubdirectory("wai-hub-cluster-config-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly string[] ExternalBroker = ["--Hub:Broker:Mode=External", "--Hub:Broker:ExternalUrl=mqtt://127.0.0.1:1883", "--Hub:Broker:Username=hub", "--Hub:Broker:Password=p"];

    public static TheoryData<string[], string> BadClusters => new()
    {
        { ["--Hub:Cluster:Mode=Cluster", "--Hub:Broker:Mode=External", "--Hub:Broker:ExternalUrl=mqtt://127.0.0.1:1883", "--Hub:Broker:Username=hub", "--Hub:Broker:Password=p"], "Hub:Cluster:PostgreSql (the PostgreSQL connection string" },
        { ["--Hub:Cluster:Mode=Cluster", "--Hub:Cluster:PostgreSql=Host=127.0.0.1;Username=wai", "--Hub:Cluster:Redis=127.0.0.1:6379"], "Hub:Broker:Mode must be External" },
        { ["--Hub:Cluster:Mode=Cluster", "--Hub:Cluster:PostgreSql=Host=127.0.0.1", .. ExternalBroker], "Hub:Cluster:Redis (the Redis of the Orleans membership table" },
        { ["--Hub:Cluster:Mode=Cluster", "--Hub:Cluster:PostgreSql=Host=127.0.0.1", "--Hub:Cluster:Redis=,password=x", .. ExternalBroker], "Hub:Cluster:Redis must be" },
        { ["--Hub:Cluster:Mode=Cluster", "--Hub:Cluster:PostgreSql=Host=127.0.0.1", "--Hub:Cluster:Redis=127.0.0.1:6379", "--Hub:Cluster:SiloAddress=hub-1", .. ExternalBroker], "Hub:Cluster:SiloAddress" },
        { ["--Hub:Cluster:Mode=Cluster"], "Hub:Cluster:PostgreSql (the PostgreSQL connection string" },
        { ["--Hub:Cluster:Mode=Clustered"], "Hub:Cluster:Mode" },
        { ["--Hub:Cluster:Mode=Cluster", "--Hub:Cluster:PostgreSql=Host=127.0.0.1", "--Hub:Cluster:WorkerId=Worker One", "--Hub:Broker:Mode=External", "--Hub:Broker:ExternalUrl=mqtt://127.0.0.1:1883", "--Hub:Broker:Username=hub", "--Hub:Broker:Password=p"], "Hub:Cluster:WorkerId" },
    };

    [Theory]
    [MemberData(nameof(BadClusters))]
    public async Task An_incomplete_cluster_configuration_stops_the_hub_with_one_line_naming_the_setting(string[] arguments, string expected)
    {
        (int exitCode, ChildProcess hub) = await ChildProcess.RunAsync(HubProgram,
            [$"--Hub:Storage:DataFolder={_folder}", "--Hub:Web:Urls=http://127.0.0.1:0", $"--Hub:Broker:Port={FreePort.Next()}", .. arguments]);
        await using (hub)
        {
            Assert.Equal(2, exitCode);
            string line = Assert.Single(hub.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("wai-hub: configuration error:", line, StringComparison.Ordinal);
            Assert.Contains(expected, line, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", hub.Output, StringComparison.Ordinal);
        }
    }
}
