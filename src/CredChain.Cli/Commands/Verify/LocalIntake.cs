using CredChain.Cli.Infrastructure;
using CredChain.Core.Intake;

namespace CredChain.Cli.Commands.Verify;

/// <summary>
/// What a portal answers with a 400, for <c>verify --rpc</c>: Core's <see cref="DocumentIntake"/> decides, so the CLI
/// refuses exactly the inputs a portal refuses, with the same exit code as a portal's refusal (not valid).
/// </summary>
internal static class LocalIntake
{
    /// <summary>The document without a byte order mark, refused unless it may go to the verifier of <paramref name="format"/>.</summary>
    public static ReadOnlyMemory<byte> Screen(byte[] document, DocumentFormat format)
    {
        var body = DocumentIntake.WithoutByteOrderMark(document);
        ThrowIfMalformed(DocumentIntake.Screen(body.Span, format));
        return body;
    }

    public static void ThrowIfMalformed(MalformedInput? input)
    {
        if (input is not null)
        {
            throw new CliException($"the document is malformed: {input.Detail}", ExitCodes.NotValid);
        }
    }
}
