using System.Globalization;
using System.Text.Json;
using CredChain.Core.Documents;

namespace CredChain.Core.Issuing;

/// <summary>One step of the path to the value <see cref="DraftWriter"/> is writing: a member, or an array index; named only for an error.</summary>
internal readonly record struct DraftStep(JsonProperty? Member, int Index)
{
    public string Token
    {
        get
        {
            if (Member is not { } member)
            {
                return Index.ToString(CultureInfo.InvariantCulture);
            }

            try
            {
                return member.Name;
            }
            catch (InvalidOperationException)
            {
                return "\uFFFD";
            }
        }
    }

    /// <summary>The error for the value at <paramref name="tokens"/>, below <c>/credentialSubject</c>.</summary>
    public static CredentialFormatException Error(CredentialFormatError error, List<DraftStep> tokens, string message, Exception? inner = null) =>
        new(error, "/credentialSubject" + JsonPointer.Create([.. tokens.Select(static t => t.Token)]), message, inner);
}
