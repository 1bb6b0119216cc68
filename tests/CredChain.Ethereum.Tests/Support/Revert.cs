using CredChain.Ethereum.Errors;

namespace CredChain.Ethereum.Tests.Support;

internal static class Revert
{
    /// <summary>Asserts that <paramref name="action"/> reverts with <paramref name="code"/> and exactly these arguments.</summary>
    public static async Task<ContractRevertException> AssertAsync(
        ChainErrorCode code,
        Func<Task> action,
        params (string Name, object Value)[] arguments)
    {
        var exception = await Assert.ThrowsAsync<ContractRevertException>(action);
        Assert.Equal(
            Describe(code, arguments.Select(a => (a.Name, (object?)a.Value))),
            Describe(exception.Code, exception.Arguments.Select(a => (a.Key, a.Value))));
        return exception;
    }

    private static string Describe(ChainErrorCode code, IEnumerable<(string Name, object? Value)> arguments) =>
        $"{code}({string.Join(", ", arguments.Select(a => $"{a.Name}: {Normalize(a.Value)}"))})";

    // Byte arrays compare by content and addresses case-insensitively (checksums differ by tool).
    private static string Normalize(object? value)
    {
        var text = ChainValueFormatter.Format(value);
        return text.StartsWith("0x", StringComparison.Ordinal) ? text.ToLowerInvariant() : text;
    }
}
