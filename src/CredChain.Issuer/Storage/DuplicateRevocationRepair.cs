namespace CredChain.Issuer.Storage;

/// <summary>
/// Before revocations became unique per credential (and per batch), two concurrent requests could store two active
/// revocations of one credential; the second then reverted forever. The migration that adds the unique indexes first
/// fails every such duplicate, keeping the one furthest along (confirmed, then sending, then pending; the oldest of equals).
/// Plain SQL that SQLite and PostgreSQL both run.
/// </summary>
internal static class DuplicateRevocationRepair
{
    public const string Sql = """
        UPDATE revocations
        SET state = 3,
            failure_code = 'duplicate_revocation',
            last_error = 'Another revocation of the same credential or batch was active; this duplicate was never needed.'
        WHERE state <> 3 AND EXISTS (
            SELECT 1 FROM revocations AS o
            WHERE o.id <> revocations.id AND o.state <> 3
              AND ((revocations.credential_id IS NOT NULL AND o.credential_id = revocations.credential_id)
                OR (revocations.credential_id IS NULL AND o.credential_id IS NULL AND o.batch_id = revocations.batch_id))
              AND (o.state > revocations.state OR (o.state = revocations.state AND o.id < revocations.id)))
        """;
}
