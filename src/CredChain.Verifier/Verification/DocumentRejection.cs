using CredChain.Core.Intake;
using CredChain.Verifier.Hosting;

namespace CredChain.Verifier.Verification;

/// <summary>Why a body is refused before verification (400).</summary>
internal sealed record DocumentRejection(string Code, string Title, string Detail)
{
    /// <summary>The 400 for what Core's <see cref="DocumentIntake"/> refused: its stable problem code and title.</summary>
    public static DocumentRejection From(MalformedInput input) => input.Reason switch
    {
        MalformedReason.NotACredential => new(ProblemCodes.NotACredential, "Not a credential", input.Detail),
        MalformedReason.TooDeep => new(ProblemCodes.TooDeep, "JSON nested too deeply", input.Detail),
        MalformedReason.StringTooLong => new(ProblemCodes.StringTooLong, "Value too long", input.Detail),
        MalformedReason.DuplicateKey => new(ProblemCodes.DuplicateKey, "Duplicate key", input.Detail),
        MalformedReason.TooLarge => new(ProblemCodes.TooLarge, "Document too large", input.Detail),
        _ => new(ProblemCodes.InvalidJson, "Invalid JSON", input.Detail),
    };
}
