using System.CommandLine;
using CredChain.Ethereum.Errors;
using CredChain.Ethereum.Transactions;

namespace CredChain.Cli.Infrastructure;

/// <summary>Runs a command's body and turns the failures a user can act on into one <c>error:</c> line and an exit code.</summary>
internal static class CommandGuard
{
    public static async Task<int> RunAsync(ParseResult parseResult, Func<Task<int>> body)
    {
        var error = parseResult.InvocationConfiguration.Error;
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (CliException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ex.ExitCode;
        }
        catch (ContractRevertException ex)
        {
            await error.WriteLineAsync($"error: the contract refused the transaction: {ex.ErrorName ?? ex.Code.ToString()} ({ex.Message})").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (ReceiptTimeoutException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (HttpRequestException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (IOException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("error: interrupted.").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (UnauthorizedAccessException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }
}
