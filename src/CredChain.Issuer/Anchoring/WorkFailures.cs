using CredChain.Issuer.Storage;
using Microsoft.EntityFrameworkCore;

namespace CredChain.Issuer.Anchoring;

/// <summary>
/// Records a deterministic failure on a batch or revocation in one guarded UPDATE (only while it is still open), keeping
/// its write-ahead transaction, if any, so that a retry reconciles by its hash instead of signing the root again.
/// </summary>
internal sealed partial class WorkFailures(TimeProvider timeProvider, ILogger<WorkFailures> logger)
{
    private const int MaxMessageLength = 2000;

    public async Task FailBatchesAsync(IQueryable<BatchRecord> batches, WorkFailure failure, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        var message = Truncate(failure.Message);
        var failed = await batches.Where(b => b.State == BatchState.Pending || b.State == BatchState.Anchoring).ExecuteUpdateAsync(
            s => s.SetProperty(b => b.State, BatchState.Failed)
                .SetProperty(b => b.FailureCode, failure.Code)
                .SetProperty(b => b.FailureError, failure.Error)
                .SetProperty(b => b.LastError, message)
                .SetProperty(b => b.FailedAtMs, now),
            cancellationToken);
        if (failed > 0)
        {
            LogBatchesFailed(logger, failed, failure.Code, failure.Error, message);
        }
    }

    public async Task FailRevocationsAsync(IQueryable<RevocationRecord> revocations, WorkFailure failure, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        var message = Truncate(failure.Message);
        var failed = await revocations.Where(r => r.State == OperationState.Pending || r.State == OperationState.Sending).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.State, OperationState.Failed)
                .SetProperty(r => r.FailureCode, failure.Code)
                .SetProperty(r => r.FailureError, failure.Error)
                .SetProperty(r => r.LastError, message)
                .SetProperty(r => r.FailedAtMs, now),
            cancellationToken);
        if (failed > 0)
        {
            LogRevocationsFailed(logger, failed, failure.Code, failure.Error, message);
        }
    }

    private static string Truncate(string message) => message.Length <= MaxMessageLength ? message : message[..MaxMessageLength];

    [LoggerMessage(EventId = 1701, Level = LogLevel.Warning, Message = "{Count} batch(es) failed: {Code} ({Error}): {Message}")]
    private static partial void LogBatchesFailed(ILogger logger, int count, string code, string? error, string message);

    [LoggerMessage(EventId = 1702, Level = LogLevel.Warning, Message = "{Count} revocation(s) failed: {Code} ({Error}): {Message}")]
    private static partial void LogRevocationsFailed(ILogger logger, int count, string code, string? error, string message);
}
