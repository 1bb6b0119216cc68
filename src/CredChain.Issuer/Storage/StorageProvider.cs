namespace CredChain.Issuer.Storage;

internal enum StorageProvider
{
    Sqlite = 0,
    Postgres = 1,
}
