using CredChain.Core.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CredChain.Hosting.Problems;

/// <summary>The ProblemDetails results the endpoints of every host return: a catalogue code, its status, a title and a detail.</summary>
public static class ProblemResults
{
    /// <summary>
    /// A problem with <paramref name="code"/> and its catalogue status (or <paramref name="status"/> where the catalogue
    /// names a second one), the endpoint's own title and detail, and any extra members (e.g. an upload's row errors).
    /// </summary>
    public static ProblemHttpResult Create(
        ProblemCode code, string title, string? detail = null, IDictionary<string, object?>? extensions = null, int? status = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        var all = new Dictionary<string, object?>(StringComparer.Ordinal) { [ProblemMembers.Code] = code.Code };
        if (extensions is not null)
        {
            foreach (var (key, value) in extensions)
            {
                all[key] = value;
            }
        }

        return TypedResults.Problem(detail: detail, statusCode: status ?? code.Status, title: title, extensions: all);
    }
}
