namespace WearableAI.Hub.Tests.Cluster;

/// <summary>
/// A test on the real Cluster-mode services (Mosquitto, Redis, PostgreSQL; scripts/lib/cluster-services.sh). On a
/// developer machine without them it is skipped with a message naming what to install; in CI (<c>CI=true</c>,
/// where scripts/test.sh installs them) it never skips: a missing program fails it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ClusterFactAttribute : FactAttribute
{
    public ClusterFactAttribute()
    {
        if (!ClusterServices.MustRun)
        {
            Skip = $"SKIPPED: the Cluster-mode services are not installed ({ClusterServices.MissingPrograms()}); as root: apt-get install mosquitto redis-server postgresql (scripts/lib/system-packages.sh)";
        }
    }
}
