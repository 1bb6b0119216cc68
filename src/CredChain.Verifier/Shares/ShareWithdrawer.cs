namespace CredChain.Verifier.Shares;

/// <summary>Who withdrew a published certificate copy. Stored as its number; never renumber. Written camelCase in JSON.</summary>
internal enum ShareWithdrawer
{
    /// <summary>The issuing service that published it (with its publisher token).</summary>
    Issuer = 1,

    /// <summary>The graduate, with the withdrawal code delivered with their credential file.</summary>
    Holder = 2,
}
