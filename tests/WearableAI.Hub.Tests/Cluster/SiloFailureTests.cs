using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Runtime;
using WearableAI.Hub.Cluster;
using WearableAI.Hub.Tests.Support;

namespace WearableAI.Hub.Tests.Cluster;

/// <summary>
/// A hub whose Orleans silo fails (declared dead by the other workers after a long CPU stall) stops as on a
/// shutdown request, with a log line and exit code 3 for its supervisor — instead of Orleans' FailFast, which
/// ends the process with nothing flushed, and in a process holding several hubs ends them all.
/// </summary>
public sealed class SiloFailureTests
{
    [Fact]
    public async Task A_hub_whose_silo_fails_stops_cleanly_and_the_process_goes_on()
    {
        int exitCodeBefore = Environment.ExitCode;
        await using HubApp hub = await new HubApp().StartAsync();
        var lifetime = hub.Services.GetRequiredService<IHostApplicationLifetime>();
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using CancellationTokenRegistration registration = lifetime.ApplicationStopping.Register(() => stopping.TrySetResult());

        IFatalErrorHandler handler = hub.Services.GetRequiredService<IFatalErrorHandler>();
        handler.OnFatalException(this, "declared dead by the other workers", new InvalidOperationException("test: declared dead"));

        await stopping.Task.Within();
        Assert.IsType<HubFatalErrorHandler>(handler);
        Assert.Equal(HubFatalErrorHandler.ExitCode, Environment.ExitCode);
        Environment.ExitCode = exitCodeBefore; // this test's process is the test run, not a hub worker
    }
}
