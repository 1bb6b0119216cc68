using CredChain.Issuer.Anchoring;

namespace CredChain.Issuer.Tests.Infrastructure;

/// <summary>Holds the first batch that reaches <see cref="Point"/> there until the test releases it; every other batch passes.</summary>
internal sealed class PausingFaultInjector(FaultPoint point) : IFaultInjector
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<Guid> _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public FaultPoint Point { get; } = point;

    /// <summary>The first batch that reached the point.</summary>
    public Task<Guid> Reached => _reached.Task;

    public void Release() => _release.TrySetResult();

    public async Task ReachedAsync(FaultPoint reached, Guid batchId, CancellationToken cancellationToken)
    {
        if (reached != Point)
        {
            return;
        }

        if (_reached.TrySetResult(batchId) || _reached.Task.Result == batchId)
        {
            await _release.Task.WaitAsync(cancellationToken);
        }
    }
}
