namespace CredChain.Verifier.Publications;

/// <summary>How many shares were stored now and how many this publisher had stored before (a retry is not an error).</summary>
internal sealed record PublishResponse(int Created, int AlreadyPublished, DateTimeOffset ExpiresAt);
