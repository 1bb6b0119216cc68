using CredChain.Ethereum.Keys;
using Nethereum.Web3.Accounts;

namespace CredChain.Cli.Chain;

/// <summary>
/// Whether a command may sign with a key: a publicly known example key (<see cref="ExampleKeys"/>) only on a local dev
/// node, or where the operator said so with <c>--allow-example-keys</c>.
/// </summary>
internal static class ExampleKeyRefusal
{
    /// <summary>Why signing with <paramref name="account"/> is refused, or null when it is not.</summary>
    public static string? Reason(string role, Account account, ChainConnection connection, bool allowed) =>
        Reason(role, account, connection.ChainId, connection.ClientVersion, connection.IsDevNode, allowed);

    /// <inheritdoc cref="Reason(string, Account, ChainConnection, bool)"/>
    public static string? Reason(string role, Account account, long chainId, string clientVersion, bool isDevNode, bool allowed)
    {
        if (isDevNode || allowed || ExampleKeys.FindByPrivateKey(account.PrivateKey) is not { } known)
        {
            return null;
        }

        var node = clientVersion.Length > 0 ? clientVersion : "a node that does not name itself";
        return $"the {role} key is {known.Description}: anyone can sign with it. Refusing to use it on chain {chainId} " +
            $"({node}, not a local dev node). Use a key of your own, or pass --allow-example-keys on a throwaway test network.";
    }
}
