using Microsoft.Extensions.Logging;

namespace CredChain.Ethereum.Dev;

internal static partial class DevNodeLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Dev node (anvil, pid {ProcessId}) listening on {RpcUrl}, chain id {ChainId}")]
    public static partial void Started(ILogger logger, int processId, Uri rpcUrl, long chainId);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Dev node (anvil, pid {ProcessId}) stopped")]
    public static partial void Stopped(ILogger logger, int processId);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Dev node (anvil, pid {ProcessId}) did not stop within {TimeoutSeconds} s; killed")]
    public static partial void Killed(ILogger logger, int processId, double timeoutSeconds);
}
