using CredChain.Core.Problems;
using CredChain.Hosting.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CredChain.Verifier.Hosting;

/// <summary>The portal's problem for a body over its limit (413 <c>request.too_large</c>).</summary>
internal static class Problems
{
    public static ProblemHttpResult TooLarge(long limit) =>
        ProblemResults.Create(ProblemCatalogue.RequestTooLarge, "Request body too large", $"The body must not exceed {limit} bytes.");
}
