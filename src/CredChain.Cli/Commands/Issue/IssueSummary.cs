namespace CredChain.Cli.Commands.Issue;

/// <summary>What <c>credchain issue</c> did, as <c>--json</c> prints it.</summary>
internal sealed record IssueSummary(
    Guid BatchId, string Issuer, int CredentialCount, string? Root, string? TransactionHash, long? BlockNumber, string OutDirectory, int FilesWritten);
