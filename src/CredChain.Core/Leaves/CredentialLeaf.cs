using System.Text.Json;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;

namespace CredChain.Core.Leaves;

/// <summary>One disclosed leaf: a scalar value, the JSON Pointer that reaches it, its salt and its hash.</summary>
/// <param name="Path">JSON Pointer of the value (RFC 6901 escaping).</param>
/// <param name="Value">The JSON scalar (string, number, true, false or null).</param>
/// <param name="Salt">The leaf's salt.</param>
/// <param name="Hash"><c>keccak256(JCS({"path":Path,"salt":Salt,"value":Value}))</c>.</param>
public readonly record struct CredentialLeaf(string Path, JsonElement Value, Salt Salt, Hash32 Hash);
