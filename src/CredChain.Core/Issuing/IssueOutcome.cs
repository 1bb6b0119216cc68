using CredChain.Core.Documents;

namespace CredChain.Core.Issuing;

/// <summary>What became of one draft issued in a group: its credential, or why it was refused.</summary>
/// <param name="Credential">The issued credential; null when <paramref name="Error"/> is set.</param>
/// <param name="Error">Why the draft does not make a valid credential (naming the field); null when issued.</param>
public readonly record struct IssueOutcome(IssuedCredential? Credential, CredentialFormatException? Error);
