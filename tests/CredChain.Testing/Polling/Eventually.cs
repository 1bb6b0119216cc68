namespace CredChain.Testing.Polling;

/// <summary>
/// Polls until a condition holds, failing with what was awaited and the last value after a generous bound: the bound
/// is a hang guard on a loaded machine, never an assertion on speed.
/// </summary>
public static class Eventually
{
    /// <summary>The default hang guard.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(90);

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Reads with <paramref name="probe"/> until <paramref name="done"/> holds and returns that value.</summary>
    /// <exception cref="TimeoutException">Still not done after <paramref name="timeout"/> (default <see cref="DefaultTimeout"/>).</exception>
    public static async Task<T> GetAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(done);
        using var guard = new CancellationTokenSource(timeout ?? DefaultTimeout);
        T last = default!;
        while (!guard.IsCancellationRequested)
        {
            last = await probe().ConfigureAwait(false);
            if (done(last))
            {
                return last;
            }

            try
            {
                await Task.Delay(PollInterval, guard.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        throw new TimeoutException($"Timed out waiting for {what}; last value: {last}");
    }
}
