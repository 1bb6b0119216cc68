using CredChain.Cli.Infrastructure;
using CredChain.Ethereum.Transactions;
using Nethereum.Web3;

namespace CredChain.Cli.Chain;

/// <summary>A JSON-RPC endpoint whose chain id has been read (and checked against what the caller expected).</summary>
internal sealed class ChainConnection
{
    private ChainConnection(Uri rpcUrl, Web3 web3, long chainId, string clientVersion)
    {
        RpcUrl = rpcUrl;
        Web3 = web3;
        ChainId = chainId;
        ClientVersion = clientVersion;
        Transactions = new TransactionService(web3, new ChainTransactionOptions { ChainId = chainId, ReceiptPollingInterval = TimeSpan.FromMilliseconds(200) });
    }

    public Uri RpcUrl { get; }

    public Web3 Web3 { get; }

    public long ChainId { get; }

    public TransactionService Transactions { get; }

    /// <summary>What the node says it is (<c>web3_clientVersion</c>), e.g. <c>anvil/v1.3.5</c> or <c>besu/v25.10.0/...</c>; empty when it does not say.</summary>
    public string ClientVersion { get; }

    /// <summary>
    /// A local dev node (anvil): the CLI's equivalent of a service's Development environment, where the publicly known
    /// example keys are the normal thing to sign with.
    /// </summary>
    public bool IsDevNode => ClientVersion.StartsWith("anvil/", StringComparison.OrdinalIgnoreCase);

    /// <summary>Connects and reads <c>eth_chainId</c>.</summary>
    /// <exception cref="CliException">The node does not answer, or runs another chain than <paramref name="expectedChainId"/>.</exception>
    public static async Task<ChainConnection> OpenAsync(Uri rpcUrl, long? expectedChainId, CancellationToken cancellationToken)
    {
        var web3 = new Web3(rpcUrl.ToString());
        long chainId;
        try
        {
            var reported = await web3.Eth.ChainId.SendRequestAsync().WaitAsync(TimeSpan.FromSeconds(10), cancellationToken).ConfigureAwait(false);
            chainId = (long)reported.Value;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw new CliException($"cannot reach the JSON-RPC endpoint {rpcUrl}: {Describe(ex)}", ex);
        }

        if (expectedChainId is { } expected && expected != chainId)
        {
            throw new CliException(
                $"chain id mismatch: {rpcUrl} runs chain {chainId}, but --chain-id says {expected}. " +
                "Nothing was sent. Check that the RPC URL points at the intended network.");
        }

        return new ChainConnection(rpcUrl, web3, chainId, await ClientVersionAsync(web3, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Whether contract code is deployed at <paramref name="address"/>.</summary>
    public async Task<bool> HasCodeAsync(string address, CancellationToken cancellationToken)
    {
        var code = await Web3.Eth.GetCode.SendRequestAsync(address).WaitAsync(TimeSpan.FromSeconds(10), cancellationToken).ConfigureAwait(false);
        return !string.IsNullOrEmpty(code) && code != "0x" && code != "0x0";
    }

    private static async Task<string> ClientVersionAsync(Web3 web3, CancellationToken cancellationToken)
    {
        try
        {
            var version = await web3.Client.SendRequestAsync<string>("web3_clientVersion").WaitAsync(TimeSpan.FromSeconds(10), cancellationToken).ConfigureAwait(false);
            return version ?? "";
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A node that hides its version (e.g. behind a proxy that filters methods) is simply not a known dev node.
            return "";
        }
    }

    private static string Describe(Exception ex) => ex switch
    {
        TimeoutException => "no answer within 10 s",
        _ when ex.InnerException is HttpRequestException http => http.Message,
        _ => ex.Message,
    };
}
