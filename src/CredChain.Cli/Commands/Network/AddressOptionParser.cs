using System.CommandLine.Parsing;
using CredChain.Cli.Besu;

namespace CredChain.Cli.Commands.Network;

/// <summary>Parses account options into <see cref="EthereumAddress"/> values, reporting bad ones as usage errors.</summary>
internal static class AddressOptionParser
{
    public static EthereumAddress ParseOne(ArgumentResult result)
    {
        var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : null;
        if (EthereumAddress.TryParse(token, out var address, out var error))
        {
            return address;
        }

        result.AddError($"{OptionName(result)}: {error}.");
        return default;
    }

    public static EthereumAddress[] ParseMany(ArgumentResult result)
    {
        var addresses = new List<EthereumAddress>(result.Tokens.Count);
        foreach (var token in result.Tokens)
        {
            if (EthereumAddress.TryParse(token.Value, out var address, out var error))
            {
                addresses.Add(address);
            }
            else
            {
                result.AddError($"{OptionName(result)}: {error}.");
            }
        }

        return [.. addresses];
    }

    private static string OptionName(ArgumentResult result) =>
        result.Parent is OptionResult option ? option.Option.Name : "address";
}
