using CredChain.Core.Hashing;

namespace CredChain.Core.Checkpoints;

/// <summary>Builds <see cref="CheckpointEntry"/> values from member-registry events' fields.</summary>
public static class CheckpointEntries
{
    /// <summary>A root anchored by <paramref name="issuer"/>.</summary>
    public static CheckpointEntry RootAnchored(ulong block, ulong logIndex, string issuer, Hash32 root, ulong anchoredAt) =>
        new(CheckpointEventKind.RootAnchored, block, logIndex, [CheckpointEntry.Address(issuer), root, CheckpointEntry.Word(anchoredAt)]);

    /// <summary>One credential of (<paramref name="issuer"/>, <paramref name="root"/>) revoked.</summary>
    public static CheckpointEntry CredentialRevoked(
        ulong block, ulong logIndex, string issuer, Hash32 root, Hash32 targetHash, string revokedBy, byte reason, ulong revokedAt) =>
        new(
            CheckpointEventKind.CredentialRevoked,
            block,
            logIndex,
            [CheckpointEntry.Address(issuer), root, targetHash, CheckpointEntry.Address(revokedBy), CheckpointEntry.Word(reason), CheckpointEntry.Word(revokedAt)]);

    /// <summary>The batch (<paramref name="issuer"/>, <paramref name="root"/>) revoked.</summary>
    public static CheckpointEntry BatchRevoked(ulong block, ulong logIndex, string issuer, Hash32 root, string revokedBy, byte reason, ulong revokedAt) =>
        new(
            CheckpointEventKind.BatchRevoked,
            block,
            logIndex,
            [CheckpointEntry.Address(issuer), root, CheckpointEntry.Address(revokedBy), CheckpointEntry.Word(reason), CheckpointEntry.Word(revokedAt)]);

    /// <summary>An account accredited (first time, renewal, successor), with its institution's names.</summary>
    public static CheckpointEntry IssuerAccredited(
        ulong block, ulong logIndex, string issuer, uint institution, ulong validFrom, ulong validUntil, string nameZh, string nameEn, string domain) =>
        new(
            CheckpointEventKind.IssuerAccredited,
            block,
            logIndex,
            [
                CheckpointEntry.Address(issuer), CheckpointEntry.Word(institution), CheckpointEntry.Word(validFrom), CheckpointEntry.Word(validUntil),
                CheckpointEntry.Text(nameZh), CheckpointEntry.Text(nameEn), CheckpointEntry.Text(domain),
            ]);

    /// <summary>An account suspended.</summary>
    public static CheckpointEntry IssuerSuspended(ulong block, ulong logIndex, string issuer) =>
        new(CheckpointEventKind.IssuerSuspended, block, logIndex, [CheckpointEntry.Address(issuer)]);

    /// <summary>A suspended account reinstated.</summary>
    public static CheckpointEntry IssuerReinstated(ulong block, ulong logIndex, string issuer) =>
        new(CheckpointEventKind.IssuerReinstated, block, logIndex, [CheckpointEntry.Address(issuer)]);

    /// <summary>A key rotation.</summary>
    public static CheckpointEntry IssuerKeyRotated(ulong block, ulong logIndex, string predecessor, string successor, uint institution) =>
        new(
            CheckpointEventKind.IssuerKeyRotated,
            block,
            logIndex,
            [CheckpointEntry.Address(predecessor), CheckpointEntry.Address(successor), CheckpointEntry.Word(institution)]);

    /// <summary>A key declared compromised as of <paramref name="since"/>.</summary>
    public static CheckpointEntry IssuerKeyCompromised(ulong block, ulong logIndex, string issuer, ulong since) =>
        new(CheckpointEventKind.IssuerKeyCompromised, block, logIndex, [CheckpointEntry.Address(issuer), CheckpointEntry.Word(since)]);
}
