namespace CredChain.Core.Verification;

/// <summary>
/// The port through which verification reads the chain. The Ethereum layer implements it (one <c>eth_call</c> to the
/// credential registry's verify view, or its event index); tests use an in-memory double.
/// </summary>
public interface IAnchorRegistry
{
    /// <summary>True when this registry serves (trusts) the given network and registry contract.</summary>
    bool Serves(long chainId, string registryAddress);

    /// <summary>What the chain says about (issuer account, root, targetHash, path). Transport failures throw; the check turns them into Error results.</summary>
    ValueTask<AnchorRecord> LookupAsync(AnchorQuery query, CancellationToken cancellationToken);
}
