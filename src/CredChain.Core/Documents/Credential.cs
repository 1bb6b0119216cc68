using System.Collections.Immutable;
using System.Text.Json;

namespace CredChain.Core.Documents;

/// <summary>
/// The W3C VC 2.0 credential: every member of the document except <c>proof</c>. The JSON is the source of truth
/// (its leaves are what is hashed); the typed properties are validated views of it.
/// </summary>
public sealed class Credential
{
    /// <summary>The VC 2.0 base context, required as the first <c>@context</c> entry.</summary>
    public const string BaseContext = "https://www.w3.org/ns/credentials/v2";

    /// <summary>The type every credential has.</summary>
    public const string BaseType = "VerifiableCredential";

    /// <summary>Top-level members that are not hashed as content.</summary>
    internal const string ProofMember = "proof";

    internal Credential(
        JsonElement root,
        ImmutableArray<string> context,
        string id,
        Guid uuid,
        ImmutableArray<string> types,
        IssuerRef issuer,
        DateTimeOffset validFrom,
        DateTimeOffset? validUntil,
        JsonElement subject)
    {
        Root = root;
        Context = context;
        Id = id;
        Uuid = uuid;
        Types = types;
        Issuer = issuer;
        ValidFrom = validFrom;
        ValidUntil = validUntil;
        Subject = subject;
    }

    /// <summary><c>@context</c> entries, in document order.</summary>
    public ImmutableArray<string> Context { get; }

    /// <summary><c>id</c>: <c>urn:uuid:</c> followed by a lowercase UUIDv7.</summary>
    public string Id { get; }

    /// <summary>The UUIDv7 in <see cref="Id"/>.</summary>
    public Guid Uuid { get; }

    /// <summary><c>type</c> entries, in document order (always includes <c>VerifiableCredential</c>).</summary>
    public ImmutableArray<string> Types { get; }

    /// <summary><c>issuer</c>.</summary>
    public IssuerRef Issuer { get; }

    /// <summary><c>validFrom</c>.</summary>
    public DateTimeOffset ValidFrom { get; }

    /// <summary><c>validUntil</c>, when present.</summary>
    public DateTimeOffset? ValidUntil { get; }

    /// <summary><c>credentialSubject</c> (a JSON object; hidden fields are absent).</summary>
    public JsonElement Subject { get; }

    /// <summary>The document root; members other than <c>proof</c> are the credential.</summary>
    internal JsonElement Root { get; }

    /// <summary>The credential's members in document order (the root without <c>proof</c>).</summary>
    public IEnumerable<JsonProperty> Members =>
        Root.EnumerateObject().Where(static p => !p.NameEquals(ProofMember));

    /// <summary>Writes the credential members (without <c>proof</c>) into the object <paramref name="writer"/> is inside.</summary>
    internal void WriteMembers(Utf8JsonWriter writer)
    {
        foreach (var member in Root.EnumerateObject())
        {
            if (!member.NameEquals(ProofMember))
            {
                member.WriteTo(writer);
            }
        }
    }
}
