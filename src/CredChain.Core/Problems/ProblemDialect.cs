namespace CredChain.Core.Problems;

/// <summary>
/// The service whose default codes apply when a handler set none (the issuing service and the portal chose their
/// generic codes apart before the catalogue existed, and clients branch on them, so each keeps its own).
/// </summary>
public enum ProblemDialect
{
    /// <summary>The issuing service: <c>bad_request</c>, <c>unauthorized</c>, <c>payload_too_large</c>…</summary>
    Issuer = 0,

    /// <summary>The verification portal: <c>request.bad</c>, <c>request.too_large</c>, <c>request.rate_limited</c>…</summary>
    Portal = 1,

    /// <summary>The checkpoint relay: the issuing service's generic codes.</summary>
    Relay = 2,
}
