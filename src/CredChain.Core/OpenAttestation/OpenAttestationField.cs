namespace CredChain.Core.OpenAttestation;

/// <summary>A disclosed value of a document's <c>data</c>, unsalted.</summary>
/// <param name="Path">The flattened path, members and indices joined by periods (<c>recipient.name</c>, <c>transcript.0.code</c>).</param>
/// <param name="Type">The type the salt names: <c>string</c>, <c>number</c>, <c>boolean</c>, <c>null</c> (or the JSON kind of an unsalted value).</param>
/// <param name="Value">The value as written after the type.</param>
public sealed record OpenAttestationField(string Path, string Type, string Value);
