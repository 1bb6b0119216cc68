using CredChain.Ethereum.Errors;
using CredChain.Ethereum.Events;
using CredChain.Ethereum.Transactions;
using Nethereum.ABI.FunctionEncoding;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;

namespace CredChain.Ethereum.Calls;

/// <summary>Typed <c>eth_call</c> and <c>eth_getLogs</c> with bounded requests and decoded reverts.</summary>
internal sealed class ContractReader(IWeb3 web3, TransactionService transactions, string contractAddress)
{
    public async Task<TOutput> QueryAsync<TFunction, TOutput>(TFunction function, BlockParameter? block, CancellationToken cancellationToken)
        where TFunction : FunctionMessage, new()
        where TOutput : IFunctionOutputDTO, new()
    {
        var output = await CallAsync(function, block, cancellationToken).ConfigureAwait(false);
        return new FunctionCallDecoder().DecodeFunctionOutput<TOutput>(output);
    }

    public async Task<TValue> QueryValueAsync<TFunction, TValue>(TFunction function, BlockParameter? block, CancellationToken cancellationToken)
        where TFunction : FunctionMessage, new()
    {
        var output = await CallAsync(function, block, cancellationToken).ConfigureAwait(false);
        var returned = ABITypedRegistry.GetFunctionABI<TFunction>().OutputParameters[0];
        return new FunctionCallDecoder().DecodeSimpleTypeOutput<TValue>(returned, output);
    }

    public Task<IReadOnlyList<ChainEvent<TEvent>>> GetEventsAsync<TEvent>(BlockRange range, CancellationToken cancellationToken)
        where TEvent : IEventDTO, new() =>
        GetLogsAsync<TEvent>(r => Event<TEvent>().CreateFilterInput(From(r), To(r)), range, cancellationToken);

    /// <summary>Events whose first indexed parameter is <paramref name="firstTopic"/> (topic-filtered <c>eth_getLogs</c>).</summary>
    public Task<IReadOnlyList<ChainEvent<TEvent>>> GetEventsAsync<TEvent, TTopic>(TTopic firstTopic, BlockRange range, CancellationToken cancellationToken)
        where TEvent : IEventDTO, new() =>
        GetLogsAsync<TEvent>(r => Event<TEvent>().CreateFilterInput(firstTopic, From(r), To(r)), range, cancellationToken);

    /// <summary>Events whose first two indexed parameters are <paramref name="firstTopic"/> and <paramref name="secondTopic"/>.</summary>
    public Task<IReadOnlyList<ChainEvent<TEvent>>> GetEventsAsync<TEvent, TFirst, TSecond>(TFirst firstTopic, TSecond secondTopic, BlockRange range, CancellationToken cancellationToken)
        where TEvent : IEventDTO, new() =>
        GetLogsAsync<TEvent>(r => Event<TEvent>().CreateFilterInput(firstTopic, secondTopic, From(r), To(r)), range, cancellationToken);

    /// <summary>
    /// The earliest event whose first indexed parameter is <paramref name="firstTopic"/> and that <paramref name="match"/>
    /// accepts: the range is read oldest chunk first and the reading stops at the first chunk holding one.
    /// </summary>
    public async Task<ChainEvent<TEvent>?> FindEarliestAsync<TEvent, TTopic>(
        TTopic firstTopic, BlockRange range, Func<ChainEvent<TEvent>, bool> match, CancellationToken cancellationToken)
        where TEvent : IEventDTO, new()
    {
        foreach (var chunk in LogRanges.Oldest(range, transactions.Options.MaxLogsRange))
        {
            var events = await GetChunkAsync<TEvent>(Event<TEvent>().CreateFilterInput(firstTopic, From(chunk), To(chunk)), cancellationToken).ConfigureAwait(false);
            if (events.Where(match).OrderBy(e => e.BlockNumber).ThenBy(e => e.LogIndex).FirstOrDefault() is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>Reads <paramref name="range"/> in chunks of at most <see cref="ChainTransactionOptions.MaxLogsRange"/> blocks, oldest first.</summary>
    private async Task<IReadOnlyList<ChainEvent<TEvent>>> GetLogsAsync<TEvent>(Func<BlockRange, NewFilterInput> filter, BlockRange range, CancellationToken cancellationToken)
        where TEvent : IEventDTO, new()
    {
        var all = new List<ChainEvent<TEvent>>();
        foreach (var chunk in LogRanges.Oldest(range, transactions.Options.MaxLogsRange))
        {
            all.AddRange(await GetChunkAsync<TEvent>(filter(chunk), cancellationToken).ConfigureAwait(false));
        }

        return all;
    }

    private async Task<IReadOnlyList<ChainEvent<TEvent>>> GetChunkAsync<TEvent>(NewFilterInput filter, CancellationToken cancellationToken)
        where TEvent : IEventDTO, new()
    {
        var logs = await transactions.RpcAsync(web3.Eth.Filters.GetLogs.SendRequestAsync(filter), cancellationToken).ConfigureAwait(false);
        return Event<TEvent>().DecodeAllEventsForEvent(logs)
            .Select(e => new ChainEvent<TEvent>(
                e.Event,
                (ulong)e.Log.BlockNumber.Value,
                e.Log.BlockHash,
                e.Log.TransactionHash,
                (ulong)e.Log.LogIndex.Value))
            .ToList();
    }

    private Event<TEvent> Event<TEvent>()
        where TEvent : IEventDTO, new() => web3.Eth.GetEvent<TEvent>(contractAddress);

    private static BlockParameter From(BlockRange range) => new(range.From);

    private static BlockParameter To(BlockRange range) => new(range.To);

    private async Task<string> CallAsync<TFunction>(TFunction function, BlockParameter? block, CancellationToken cancellationToken)
        where TFunction : FunctionMessage, new()
    {
        var input = function.CreateCallInput(contractAddress);
        try
        {
            return await transactions.RpcAsync(
                web3.Eth.Transactions.Call.SendRequestAsync(input, block ?? BlockParameter.CreateLatest()),
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (ContractErrorDecoder.FromException(exception) is { } revert)
        {
            throw revert;
        }
    }
}
