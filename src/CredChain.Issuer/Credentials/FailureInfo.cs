namespace CredChain.Issuer.Credentials;

/// <summary>Why a batch or revocation failed: a stable <c>code</c>, the contract error's name when a revert caused it, the message and when.</summary>
internal sealed record FailureInfo(string Code, string? Error, string? Message, DateTimeOffset? FailedAt)
{
    public static FailureInfo? Of(string? code, string? error, string? message, long? failedAtMs) =>
        code is null ? null : new FailureInfo(code, error, message, failedAtMs is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null);
}
