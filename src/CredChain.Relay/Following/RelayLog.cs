
namespace CredChain.Relay.Following;

/// <summary>The relay's log messages (event ids 7100-7199).</summary>
internal static partial class RelayLog
{
    [LoggerMessage(7100, LogLevel.Information, "Relay follows {Count} member network(s); hub registry {HubRegistry}, relay account {Relay}")]
    public static partial void Started(ILogger logger, int count, string hubRegistry, string relay);

    [LoggerMessage(7101, LogLevel.Information, "Member {Member}: checkpoint {Sequence} (blocks {FromBlock}-{ToBlock}) built and signed, transaction {TransactionHash}")]
    public static partial void CheckpointBuilt(ILogger logger, string member, long sequence, long fromBlock, long toBlock, string transactionHash);

    [LoggerMessage(7102, LogLevel.Information, "Member {Member}: checkpoint {Sequence} (blocks {FromBlock}-{ToBlock}) sent, transaction {TransactionHash}")]
    public static partial void CheckpointSent(ILogger logger, string member, long sequence, long fromBlock, long toBlock, string transactionHash);

    [LoggerMessage(7103, LogLevel.Information, "Member {Member}: checkpoint {Sequence} (blocks {FromBlock}-{ToBlock}, {Entries} new entries) is on the hub")]
    public static partial void CheckpointAnchored(ILogger logger, string member, long sequence, long fromBlock, long toBlock, int entries);

    [LoggerMessage(7104, LogLevel.Warning, "Member {Member}: stored checkpoint {Sequence} (blocks {FromBlock}-{ToBlock}) discarded: {Reason}; it is built again")]
    public static partial void CheckpointDiscarded(ILogger logger, string member, long sequence, long fromBlock, long toBlock, string reason);

    [LoggerMessage(7105, LogLevel.Warning, "Member {Member}: block {Block} was reorganised after the checkpoint ending at it was built")]
    public static partial void MemberReorganised(ILogger logger, string member, long block);

    [LoggerMessage(7106, LogLevel.Warning, "Member {Member}: step failed, retried in the next round ({ErrorType}: {Message})")]
    public static partial void StepFailed(ILogger logger, string member, string errorType, string message);

    [LoggerMessage(7107, LogLevel.Warning, "Member {Member} is not registered on the hub: nothing is posted for it")]
    public static partial void MemberNotRegistered(ILogger logger, string member);

    [LoggerMessage(7108, LogLevel.Critical, "Crash drill: the relay kills itself after storing checkpoint {Sequence} of {Member}, before sending it")]
    public static partial void CrashDrill(ILogger logger, string member, long sequence);
}
