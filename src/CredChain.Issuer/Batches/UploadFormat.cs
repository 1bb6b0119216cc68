namespace CredChain.Issuer.Batches;

internal enum UploadFormat
{
    Ndjson = 0,
    Csv = 1,
}
