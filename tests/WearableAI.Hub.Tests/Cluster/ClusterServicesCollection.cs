namespace WearableAI.Hub.Tests.Cluster;

/// <summary>The tests that share one set of Cluster-mode services (started once, ~5–10 s, for the whole collection).</summary>
[CollectionDefinition(Name)]
public sealed class ClusterServicesCollection : ICollectionFixture<ClusterServices>
{
    public const string Name = "Cluster services";
}
