namespace CredChain.Issuer.Anchoring;

/// <summary>Raised by the anchoring steps for a failure that no retry can fix (not a contract revert, which is classified on its own).</summary>
internal sealed class DeterministicFailureException : Exception
{
    public DeterministicFailureException()
        : this(new WorkFailure(FailureCodes.ContractReverted, null, "Deterministic failure."))
    {
    }

    public DeterministicFailureException(string message)
        : this(new WorkFailure(FailureCodes.ContractReverted, null, message))
    {
    }

    public DeterministicFailureException(string message, Exception innerException)
        : base(message, innerException) => Failure = new WorkFailure(FailureCodes.ContractReverted, null, message);

    public DeterministicFailureException(WorkFailure failure)
        : base(failure?.Message) => Failure = failure!;

    public WorkFailure Failure { get; }
}
