using System.Text.Json;

namespace CredChain.Verifier.Verification;

/// <summary>A <see cref="Bilingual"/> text with both languages already JSON-encoded.</summary>
internal readonly record struct EncodedBilingual(JsonEncodedText Zh, JsonEncodedText En);
