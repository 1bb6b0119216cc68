using CredChain.Core.Intake;
using CredChain.Core.Problems;

namespace CredChain.Verifier.Verification;

/// <summary>Why a body is refused before verification (400).</summary>
internal sealed record DocumentRejection(ProblemCode Code, string Title, string Detail)
{
    /// <summary>The 400 for what Core's <see cref="DocumentIntake"/> refused: its stable problem code and title.</summary>
    public static DocumentRejection From(MalformedInput input) => input.Reason switch
    {
        MalformedReason.NotACredential => new(ProblemCatalogue.RequestNotACredential, "Not a credential", input.Detail),
        MalformedReason.TooDeep => new(ProblemCatalogue.RequestTooDeep, "JSON nested too deeply", input.Detail),
        MalformedReason.StringTooLong => new(ProblemCatalogue.RequestStringTooLong, "Value too long", input.Detail),
        MalformedReason.DuplicateKey => new(ProblemCatalogue.RequestDuplicateKey, "Duplicate key", input.Detail),
        MalformedReason.TooLarge => new(ProblemCatalogue.RequestTooLarge, "Document too large", input.Detail),
        _ => new(ProblemCatalogue.RequestInvalidJson, "Invalid JSON", input.Detail),
    };
}
