namespace WearableAI.Hub.Tests.Support;

/// <summary>How long a test waits for a signal before it fails (never a sleep).</summary>
public static class Signal
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    public static TaskCompletionSource<T> New<T>() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static Task<T> Within<T>(this Task<T> task) => task.WaitAsync(Timeout);

    public static Task Within(this Task task) => task.WaitAsync(Timeout);
}
