namespace CredChain.Cli.Tests.Support;

/// <summary>Polls until a condition holds, failing with a message after a generous bound (never a timing assertion).</summary>
internal static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        T last = default!;
        while (!timeout.IsCancellationRequested)
        {
            last = await read();
            if (done(last))
            {
                return last;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Still waiting for {what}; last value: {last}");
    }
}
