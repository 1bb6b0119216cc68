using System.CommandLine.Parsing;

namespace CredChain.Cli.Infrastructure;

/// <summary>Absolute http(s) URLs for options, with a usage error for anything else.</summary>
internal static class UriOptionParser
{
    public static Uri? Parse(ArgumentResult result)
    {
        var name = result.Parent is OptionResult option ? option.Option.Name : "url";
        var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (Uri.TryCreate(token, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return uri;
        }

        result.AddError($"{name} must be an absolute http:// or https:// URL, not '{token}'.");
        return null;
    }
}
