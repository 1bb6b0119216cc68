namespace CredChain.Hosting.Problems;

/// <summary>
/// The members every problem response of every host carries besides RFC 7807's <c>type</c>, <c>title</c>,
/// <c>status</c> and (when there is one) <c>detail</c>.
/// </summary>
public static class ProblemMembers
{
    /// <summary>The stable code from <see cref="Core.Problems.ProblemCatalogue"/>.</summary>
    public const string Code = "code";

    /// <summary>The request's trace identifier, as the host's log writes it.</summary>
    public const string TraceId = "traceId";
}
