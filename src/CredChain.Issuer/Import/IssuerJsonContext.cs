using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CredChain.Issuer.Import;

[JsonSerializable(typeof(JsonObject))]
internal sealed partial class IssuerJsonContext : JsonSerializerContext;
