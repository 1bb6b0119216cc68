namespace CredChain.Ethereum.Governance;

/// <summary>One entry of an issuer's accreditation history; in force from <see cref="Since"/> until the next one.</summary>
/// <param name="Since">Block time at which the record took effect.</param>
/// <param name="ValidFrom">Start of the accreditation window.</param>
/// <param name="ValidUntil">End of the window, inclusive; null when open-ended.</param>
/// <param name="Active">False while the issuer is suspended.</param>
public sealed record AccreditationRecord(DateTimeOffset Since, DateTimeOffset ValidFrom, DateTimeOffset? ValidUntil, bool Active)
{
    /// <summary>Whether this record accredits its issuer at <paramref name="instant"/> (the contract's rule).</summary>
    public bool Accredits(DateTimeOffset instant) =>
        Active && ValidFrom <= instant && (ValidUntil is null || instant <= ValidUntil);
}
