using System.Security.Claims;
using CredChain.Issuer.Auth;
using CredChain.Issuer.Errors;

namespace CredChain.Issuer.Accounts;

/// <summary>Which hosted account a request acts for, and whether the caller may: the authorization step of every issuing use case.</summary>
internal static class CallerAccount
{
    /// <summary>Picks the account: the one named, or the caller's only account. 403 if the caller may not act for it, 400 if not hosted here.</summary>
    public static (IssuerAccount? Account, ProblemHttpResult? Problem) Resolve(string? requested, ClaimsPrincipal user, IssuerAccountRegistry accounts)
    {
        var callerAccounts = user.IssuerAccounts();
        if (requested is null)
        {
            if (callerAccounts.Count != 1)
            {
                return (null, ApiProblems.BadRequest(ProblemCatalogue.ValidationFailed, "Issuer account required", "The caller acts for several issuer accounts: name one with 'issuer'."));
            }

            requested = callerAccounts.Single();
        }

        if (!callerAccounts.Contains(requested.ToLowerInvariant()))
        {
            return (null, ApiProblems.Forbidden("The caller does not act for this issuer account."));
        }

        var account = accounts.Find(requested);
        return account is null
            ? (null, ApiProblems.BadRequest(ProblemCatalogue.UnknownIssuerAccount, "Unknown issuer account", $"This service holds no key for {requested.ToLowerInvariant()}."))
            : (account, null);
    }
}
