using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace CredChain.Verifier.Verification;

/// <summary>
/// The source-generated alternative to <see cref="VerdictJsonWriter"/>: the same verdict JSON from compile-time
/// metadata and the portal's configured options (encoder, camelCase enums). Kept as the candidate
/// <c>bench/CredChain.Bench.Verdict</c> measures the writer against (issue 17); a test holds both to the same bytes.
/// </summary>
[JsonSerializable(typeof(VerifyResponse))]
internal sealed partial class VerdictJsonContext : JsonSerializerContext
{
    /// <summary>The verdict's metadata bound to a copy of <paramref name="configured"/> (the API's serializer options).</summary>
    public static JsonTypeInfo<VerifyResponse> For(JsonSerializerOptions configured)
    {
        var options = new JsonSerializerOptions(configured) { TypeInfoResolver = null };
        return new VerdictJsonContext(options).VerifyResponse;
    }
}
