namespace CredChain.Issuer.Anchoring;

/// <summary>
/// Wakes every lane of the anchoring worker when new work is stored, so a batch window starts without waiting for a poll.
/// A lane takes <see cref="Next"/> before it looks for work and waits on it afterwards, so a notification that arrives
/// in between is not lost.
/// </summary>
internal sealed class AnchoringSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next <see cref="Notify"/>.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Notify() =>
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Waits until <paramref name="next"/> completes or <paramref name="timeout"/> passes on <paramref name="timeProvider"/>'s clock.</summary>
    public static async Task WaitAsync(Task next, TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        try
        {
            await next.WaitAsync(timeout, timeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Nothing signalled: time to look again anyway.
        }
    }
}
