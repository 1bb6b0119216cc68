using System.Text.Json.Nodes;

namespace CredChain.Core.Tests.Vectors;

/// <summary>Reads the vector files copied next to the test assembly (see the project file).</summary>
internal static class VectorFiles
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "vectors");

    public static JsonObject Read(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(Directory, name)))!.AsObject();

    public static byte[] ReadBytes(string name) => File.ReadAllBytes(Path.Combine(Directory, name));
}
