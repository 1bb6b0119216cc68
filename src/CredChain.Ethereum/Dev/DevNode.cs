using System.ComponentModel.DataAnnotations;
using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using CredChain.Ethereum.Transactions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Signer;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;

namespace CredChain.Ethereum.Dev;

/// <summary>
/// A local anvil dev node on 127.0.0.1, started from the repository's npm install. Disposing it stops the node
/// gracefully (SIGTERM, so a state file is written) and kills it if it does not exit in time.
/// </summary>
public sealed partial class DevNode : IAsyncDisposable
{
    private const int OutputLinesKept = 40;

    private readonly Process _process;
    private readonly DevNodeOptions _options;
    private readonly ILogger _logger;
    private readonly OutputTail _output;
    private readonly StateCacheDirectory _stateCache;
    private int _stopped;

    private DevNode(Process process, DevNodeOptions options, ILogger logger, OutputTail output, StateCacheDirectory stateCache, Uri rpcUrl)
    {
        _process = process;
        _stateCache = stateCache;
        _options = options;
        _logger = logger;
        _output = output;
        RpcUrl = rpcUrl;
        Accounts = Enumerable.Range(0, DevAccounts.PrivateKeys.Count).Select(i => DevAccounts.Get(i, options.ChainId)).ToList();
    }

    /// <summary>The JSON-RPC endpoint, e.g. <c>http://127.0.0.1:41235</c>.</summary>
    public Uri RpcUrl { get; }

    /// <summary>The chain id the node runs with.</summary>
    public long ChainId => _options.ChainId;

    /// <summary>The operating-system process id of anvil.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Where anvil writes historical states it evicts from memory; removed when the node stops.</summary>
    internal string StateCachePath => _stateCache.Path;

    /// <summary>The funded dev accounts 0..9 of anvil's default mnemonic, bound to <see cref="ChainId"/>.</summary>
    public IReadOnlyList<Account> Accounts { get; }

    /// <summary>Transaction settings for this node: its chain id, fast receipt polling.</summary>
    public ChainTransactionOptions TransactionOptions => ChainTransactionOptions.ForDevNode(ChainId);

    /// <summary>Starts anvil and waits until it answers <c>eth_chainId</c>.</summary>
    /// <exception cref="ValidationException"><paramref name="options"/> are out of range.</exception>
    /// <exception cref="DevNodeException">anvil is not installed, exited, or did not answer within the start timeout.</exception>
    public static async Task<DevNode> StartAsync(DevNodeOptions? options = null, ILogger? logger = null, CancellationToken cancellationToken = default)
    {
        options ??= new DevNodeOptions();
        Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);
        logger ??= NullLogger.Instance;
        var anvil = AnvilLocator.Locate(options.AnvilPath, Environment.GetEnvironmentVariable(DevNodeOptions.AnvilPathVariable), AppContext.BaseDirectory);

        var output = new OutputTail(OutputLinesKept);
        var stateCache = StateCacheDirectory.Create();
        var process = new Process { StartInfo = CreateStartInfo(anvil, options, stateCache.Path), EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        if (!process.Start())
        {
            process.Dispose();
            stateCache.Dispose();
            throw new DevNodeException($"Could not start {anvil}.");
        }

        stateCache.RecordAnvil(process.Id);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.StartTimeout);
        Uri? rpcUrl = null;
        try
        {
            rpcUrl = await WaitForListeningAsync(process, output, deadline.Token).ConfigureAwait(false);
            await WaitForChainIdAsync(rpcUrl, options.ChainId, deadline.Token).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            await StopProcessAsync(process, options.StopTimeout, logger).ConfigureAwait(false);
            process.Dispose();
            stateCache.Dispose();
            if (exception is DevNodeException || cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            throw new DevNodeException(
                $"The dev node did not answer within {options.StartTimeout.TotalSeconds:0.#} s{(rpcUrl is null ? string.Empty : $" at {rpcUrl}")}. Last output:{Environment.NewLine}{output}",
                exception);
        }

        DevNodeLog.Started(logger, process.Id, rpcUrl, options.ChainId);
        return new DevNode(process, options, logger, output, stateCache, rpcUrl);
    }

    /// <summary>A Web3 client for this node.</summary>
    public Web3 CreateWeb3() => new(RpcUrl.ToString());

    /// <summary>Creates a fresh random account holding <paramref name="ether"/> ether (anvil's <c>anvil_setBalance</c>).</summary>
    public async Task<Account> CreateFundedAccountAsync(int ether = 1000, CancellationToken cancellationToken = default)
    {
        var account = new Account(EthECKey.GenerateKey(), ChainId);
        var wei = new HexBigInteger(BigInteger.Pow(10, 18) * ether);
        await CreateWeb3().Client.SendRequestAsync("anvil_setBalance", null, account.Address, wei)
            .WaitAsync(_options.StartTimeout, cancellationToken).ConfigureAwait(false);
        return account;
    }

    /// <summary>Moves the node's clock forward and mines a block there (anvil's <c>evm_increaseTime</c> and <c>evm_mine</c>).</summary>
    public async Task<Block> AdvanceTimeAsync(TimeSpan by, CancellationToken cancellationToken = default)
    {
        var web3 = CreateWeb3();
        var seconds = new HexBigInteger(new BigInteger(Math.Ceiling(by.TotalSeconds)));
        await web3.Client.SendRequestAsync("evm_increaseTime", null, seconds).WaitAsync(_options.StartTimeout, cancellationToken).ConfigureAwait(false);
        await web3.Client.SendRequestAsync("evm_mine", null).WaitAsync(_options.StartTimeout, cancellationToken).ConfigureAwait(false);
        return await web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(BlockParameter.CreateLatest())
            .WaitAsync(_options.StartTimeout, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops the node gracefully (its state file is written), killing it after the stop timeout.</summary>
    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        await StopProcessAsync(_process, _options.StopTimeout, _logger).ConfigureAwait(false);
        _process.Dispose();
        _stateCache.Dispose();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    /// <summary>The last lines anvil printed (for diagnostics).</summary>
    public override string ToString() => $"anvil pid {ProcessId} at {RpcUrl}{Environment.NewLine}{_output}";

    private static ProcessStartInfo CreateStartInfo(string anvil, DevNodeOptions options, string stateCache)
    {
        var info = new ProcessStartInfo(anvil)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            CreateNoWindow = true,
        };
        info.ArgumentList.Add("--host");
        info.ArgumentList.Add("127.0.0.1");
        info.ArgumentList.Add("--port");
        info.ArgumentList.Add(options.Port.ToString(CultureInfo.InvariantCulture));
        info.ArgumentList.Add("--chain-id");
        info.ArgumentList.Add(options.ChainId.ToString(CultureInfo.InvariantCulture));
        // Historical states evicted from memory go to a directory of this node's own, removed when it stops.
        info.ArgumentList.Add("--cache-path");
        info.ArgumentList.Add(stateCache);
        if (options.StateFile is { } stateFile)
        {
            info.ArgumentList.Add("--state");
            info.ArgumentList.Add(Path.GetFullPath(stateFile));
        }

        if (options.StateInterval is { } stateInterval)
        {
            info.ArgumentList.Add("--state-interval");
            info.ArgumentList.Add(WholeSeconds(stateInterval));
        }

        if (options.BlockTime is { } blockTime)
        {
            info.ArgumentList.Add("--block-time");
            info.ArgumentList.Add(WholeSeconds(blockTime));
        }

        return info;
    }

    private static string WholeSeconds(TimeSpan value) =>
        Math.Max(1, (long)Math.Ceiling(value.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    private static async Task<Uri> WaitForListeningAsync(Process process, OutputTail output, CancellationToken cancellationToken)
    {
        var exited = process.WaitForExitAsync(cancellationToken);
        var listening = output.WaitForLineAsync(ListeningLine(), cancellationToken);
        var first = await Task.WhenAny(listening, exited).ConfigureAwait(false);
        if (first == exited)
        {
            await exited.ConfigureAwait(false);
            throw new DevNodeException($"The dev node exited with code {process.ExitCode} before listening. Last output:{Environment.NewLine}{output}");
        }

        var match = ListeningLine().Match(await listening.ConfigureAwait(false));
        return new Uri($"http://{match.Groups["endpoint"].Value}");
    }

    private static async Task WaitForChainIdAsync(Uri rpcUrl, long expectedChainId, CancellationToken cancellationToken)
    {
        var web3 = new Web3(rpcUrl.ToString());
        while (true)
        {
            try
            {
                var chainId = await web3.Eth.ChainId.SendRequestAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
                if (chainId.Value != expectedChainId)
                {
                    throw new DevNodeException($"The dev node at {rpcUrl} reports chain id {chainId.Value}, expected {expectedChainId}.");
                }

                return;
            }
            catch (Exception exception) when (exception is not DevNodeException and not OperationCanceledException)
            {
                // Not accepting requests yet.
                await Task.Delay(TimeSpan.FromMilliseconds(25), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task StopProcessAsync(Process process, TimeSpan timeout, ILogger logger)
    {
        if (process.HasExited)
        {
            return;
        }

        var id = process.Id;
        using var deadline = new CancellationTokenSource(timeout);
        if (PosixSignals.TryTerminate(id))
        {
            try
            {
                await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
                DevNodeLog.Stopped(logger, id);
                return;
            }
            catch (OperationCanceledException)
            {
                DevNodeLog.Killed(logger, id, timeout.TotalSeconds);
            }
        }

        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        DevNodeLog.Stopped(logger, id);
    }

    [GeneratedRegex(@"Listening on (?<endpoint>127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
