namespace CredChain.Issuer.Anchoring;

internal sealed class NoFaultInjector : IFaultInjector
{
    public Task ReachedAsync(FaultPoint point, Guid batchId, CancellationToken cancellationToken) => Task.CompletedTask;
}
