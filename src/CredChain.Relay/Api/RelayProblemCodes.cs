namespace CredChain.Relay.Api;

/// <summary>Stable <c>code</c> values of the relay's ProblemDetails responses.</summary>
internal static class RelayProblemCodes
{
    /// <summary>This relay follows no member with that chain id and registry.</summary>
    public const string UnknownMember = "unknown-member";

    /// <summary>The member has no checkpoint on the hub yet.</summary>
    public const string NoCheckpoint = "no-checkpoint";

    /// <summary>An address, root or target hash in the path or query is not well-formed hex.</summary>
    public const string InvalidParameter = "invalid-parameter";
}
