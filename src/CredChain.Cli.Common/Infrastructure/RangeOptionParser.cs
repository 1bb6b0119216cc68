using System.CommandLine.Parsing;
using System.Globalization;

namespace CredChain.Cli.Infrastructure;

/// <summary>Integer options with a range, reported as one clear usage error whether the value is out of range or not a number.</summary>
internal static class RangeOptionParser
{
    public static Func<ArgumentResult, int> Int32(int min, int max) =>
        result => (int)Parse(result, min, max);

    public static Func<ArgumentResult, long> Int64(long min, long max) =>
        result => Parse(result, min, max);

    private static long Parse(ArgumentResult result, long min, long max)
    {
        var name = result.Parent is OptionResult option ? option.Option.Name : "value";
        var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            && value >= min && value <= max)
        {
            return value;
        }

        result.AddError($"{name} must be a whole number from {min} to {max}, not '{token}'.");
        return default;
    }
}
