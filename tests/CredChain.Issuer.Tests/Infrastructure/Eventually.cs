namespace CredChain.Issuer.Tests.Infrastructure;

/// <summary>Polls until a condition holds, failing after a generous bound (the bound is a hang guard, not an assertion on speed).</summary>
public static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, int timeoutSeconds = 60)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        T last = default!;
        while (!timeout.IsCancellationRequested)
        {
            last = await probe();
            if (done(last))
            {
                return last;
            }

            try
            {
                await Task.Delay(100, timeout.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        Assert.Fail($"Timed out waiting for {what}; last value: {last}");
        return last;
    }
}
