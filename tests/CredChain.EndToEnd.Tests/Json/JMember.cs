namespace CredChain.EndToEnd.Tests.Json;

/// <summary>One member of a JSON object, in document order (an object may repeat a name: the corpus writes duplicates).</summary>
internal readonly record struct JMember(string Name, JTree Value);
