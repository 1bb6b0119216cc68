using System.Text.Json.Serialization;

namespace CredChain.Issuer.Health;

[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(bool))]
internal sealed partial class HealthJsonContext : JsonSerializerContext;
