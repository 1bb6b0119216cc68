namespace CredChain.Core.Issuing;

/// <summary>
/// Where the parts that differ from one credential of a batch to the next lie in an issued document's bytes
/// (<see cref="IssuedCredential.Utf8Json"/>); everything else is the same for credentials of the same envelope and
/// subject shape, which lets an issuing service store it once.
/// </summary>
/// <param name="IdStart">Start of the id's UUID text (<see cref="IdLength"/> bytes, lower case, after <c>urn:uuid:</c>).</param>
/// <param name="SubjectStart">Start of the <c>credentialSubject</c> object.</param>
/// <param name="SubjectEnd">End (exclusive) of the <c>credentialSubject</c> object.</param>
/// <param name="ValueStarts">Start of each salt's hex text (<see cref="Documents.Salt.HexLength"/> bytes, in the order of
/// the proof's <c>salts</c>), then of the targetHash's (<see cref="Hashing.Hash32.HexLength"/> bytes).</param>
public sealed record IssuedLayout(int IdStart, int SubjectStart, int SubjectEnd, IReadOnlyList<int> ValueStarts)
{
    /// <summary>Length of the id's UUID text.</summary>
    public const int IdLength = DraftWriter.IdLength;

    /// <summary>Number of salts in the document.</summary>
    public int SaltCount => ValueStarts.Count - 1;
}
