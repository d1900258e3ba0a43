namespace WearableAI.TestSupport;

/// <summary>How long a test waits for a signal before it fails (never a sleep).</summary>
public static class Signal
{
    /// <summary>The longest a test waits for anything it expects to happen.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>A completion source whose continuations run on the thread pool, not on the thread that completes it.</summary>
    public static TaskCompletionSource<T> New<T>() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The task's result, or a <see cref="TimeoutException"/> after <see cref="Timeout"/>.</summary>
    public static Task<T> Within<T>(this Task<T> task) => task.WaitAsync(Timeout);

    /// <summary>The task's end, or a <see cref="TimeoutException"/> after <see cref="Timeout"/>.</summary>
    public static Task Within(this Task task) => task.WaitAsync(Timeout);
}
