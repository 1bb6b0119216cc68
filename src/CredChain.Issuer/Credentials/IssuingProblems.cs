using System.Security.Claims;
using CredChain.Issuer.Accounts;
using CredChain.Issuer.Auth;
using CredChain.Issuer.Errors;
using CredChain.Issuer.Import;

namespace CredChain.Issuer.Credentials;

/// <summary>Checks shared by the issuing endpoints: which hosted account a request issues for, and request-level problems.</summary>
internal static class IssuingProblems
{
    /// <summary>Picks the account: the one named, or the caller's only account. 403 if the caller may not act for it, 400 if not hosted here.</summary>
    public static (IssuerAccount? Account, ProblemHttpResult? Problem) ResolveAccount(string? requested, ClaimsPrincipal user, IssuerAccountRegistry accounts)
    {
        var callerAccounts = user.IssuerAccounts();
        if (requested is null)
        {
            if (callerAccounts.Count != 1)
            {
                return (null, ApiProblems.BadRequest(ProblemCodes.ValidationFailed, "Issuer account required", "The caller acts for several issuer accounts: name one with 'issuer'."));
            }

            requested = callerAccounts.Single();
        }

        if (!callerAccounts.Contains(requested.ToLowerInvariant()))
        {
            return (null, ApiProblems.Forbidden("The caller does not act for this issuer account."));
        }

        var account = accounts.Find(requested);
        return account is null
            ? (null, ApiProblems.BadRequest(ProblemCodes.UnknownIssuerAccount, "Unknown issuer account", $"This service holds no key for {requested.ToLowerInvariant()}."))
            : (account, null);
    }

    public static ProblemHttpResult TooLarge(long limit) =>
        ApiProblems.Problem(StatusCodes.Status413PayloadTooLarge, ProblemCodes.PayloadTooLarge, "Request body too large", $"The limit is {limit} bytes.");

    public static ProblemHttpResult UnsupportedMediaType(string expected) =>
        ApiProblems.Problem(StatusCodes.Status415UnsupportedMediaType, ProblemCodes.UnsupportedMediaType, "Unsupported media type", $"Send {expected}.");

    public static ProblemHttpResult RowErrors(string code, string title, IReadOnlyList<RowError> errors, int totalErrors) =>
        ApiProblems.Problem(StatusCodes.Status400BadRequest, code, title, $"{totalErrors} problem(s); nothing was stored.", new Dictionary<string, object?>
        {
            ["errors"] = errors.Select(e => new Dictionary<string, object?> { ["row"] = e.Row, ["code"] = e.Code, ["message"] = e.Message, ["field"] = e.Field }).ToList(),
            ["errorCount"] = totalErrors,
            ["truncated"] = totalErrors > errors.Count,
        });
}
