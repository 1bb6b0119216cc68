using CredChain.Cli.Up;

namespace CredChain.DevHost;

/// <summary>
/// The <c>credchain</c> process that started this dev host holds the other end of its standard input. The pipe closes
/// when the CLI asks for a stop (it got Ctrl+C or SIGTERM) or when it dies, even by SIGKILL: either way the dev host
/// stops in order, so nothing outlives the <c>credchain up</c> that started it.
/// </summary>
internal static class ParentInput
{
    /// <summary>Cancels <paramref name="stop"/> once standard input ends, when the CLI asked for it (<see cref="UpCommandLine.StopOnInputClosedVariable"/>).</summary>
    public static void StopWhenClosed(CancellationTokenSource stop)
    {
        if (Environment.GetEnvironmentVariable(UpCommandLine.StopOnInputClosedVariable) != "1")
        {
            return;
        }

        var watcher = new Thread(() =>
        {
            WaitForEnd();
            try
            {
                stop.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The run already ended on its own.
            }
        })
        {
            IsBackground = true,
            Name = "credchain up: parent input",
        };
        watcher.Start();
    }

    private static void WaitForEnd()
    {
        using var input = Console.OpenStandardInput();
        var buffer = new byte[64];
        try
        {
            while (input.Read(buffer, 0, buffer.Length) > 0)
            {
                // Nothing is ever written; only the end matters.
            }
        }
        catch (IOException)
        {
            // A broken pipe is an end too.
        }
    }
}
