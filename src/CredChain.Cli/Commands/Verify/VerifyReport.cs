using CredChain.Cli.Infrastructure;

namespace CredChain.Cli.Commands.Verify;

/// <summary>A verdict as the CLI prints it, whether it came from a portal or straight from the chain.</summary>
/// <param name="Status">Overall status, camelCase as the portal's API writes it (<c>valid</c>, <c>revoked</c>, <c>couldNotVerify</c>, ...).</param>
/// <param name="Source">Who answered: the portal URL, or the node and registry.</param>
/// <param name="CredentialId">The credential's <c>urn:uuid:</c> id, when the document parsed.</param>
/// <param name="Issuer">The accredited issuer names, else the name the document claims.</param>
/// <param name="AnchoredAt">When the batch root was anchored.</param>
/// <param name="AsOfBlock">The block the chain's answer is current to.</param>
/// <param name="Checks">One line per check.</param>
/// <param name="Format">The document's format: <c>credchain-v2</c> or <c>openattestation-v2</c>.</param>
internal sealed record VerifyReport(
    string Status,
    string Source,
    string? CredentialId,
    string? Issuer,
    DateTimeOffset? AnchoredAt,
    long? AsOfBlock,
    IReadOnlyList<VerifyReport.Check> Checks,
    string Format = "credchain-v2")
{
    public const string Valid = "valid";
    public const string CouldNotVerify = "couldNotVerify";

    /// <summary>0 valid, 1 not valid, 2 could not verify.</summary>
    public int ExitCode => Status switch
    {
        Valid => ExitCodes.Success,
        CouldNotVerify => ExitCodes.CouldNotVerify,
        _ => ExitCodes.NotValid,
    };

    internal sealed record Check(string Kind, string Status, string Reason, string Message);
}
