namespace CredChain.Issuer.Anchoring;

/// <summary>Called at each <see cref="FaultPoint"/>; the production implementation does nothing.</summary>
internal interface IFaultInjector
{
    Task ReachedAsync(FaultPoint point, Guid batchId, CancellationToken cancellationToken);
}
