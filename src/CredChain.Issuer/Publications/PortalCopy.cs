namespace CredChain.Issuer.Publications;

/// <summary>One encrypted copy as sent to the portal: its id, ciphertext, and the holder's withdrawal code if it has one.</summary>
internal sealed record PortalCopy(string ShareId, byte[] Ciphertext, string? HolderWithdrawalCode);
