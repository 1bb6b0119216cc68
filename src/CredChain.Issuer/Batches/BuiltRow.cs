using CredChain.Issuer.Import;
using CredChain.Issuer.Storage;

namespace CredChain.Issuer.Batches;

/// <summary>A row after parsing and building: its errors, or its credential and the subject id to check for duplicates.</summary>
internal readonly record struct BuiltRow(int Row, IReadOnlyList<RowError> Errors, string? SubjectId, CredentialRecord? Record);
