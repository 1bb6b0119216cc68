using System.Text.Json;

namespace CredChain.Ethereum.Artifacts;

/// <summary>The registry contracts' artifacts, embedded in this assembly from <c>contracts/compiled/</c>.</summary>
public static class ContractArtifacts
{
    private static readonly Lazy<ContractArtifact> _issuerRegistry = new(() => Load("IssuerRegistry"));
    private static readonly Lazy<ContractArtifact> _credentialRegistry = new(() => Load("CredentialRegistry"));
    private static readonly Lazy<ContractArtifact> _documentStore = new(() => Load("DocumentStore"));

    /// <summary>Governance: accreditation of issuers.</summary>
    public static ContractArtifact IssuerRegistry => _issuerRegistry.Value;

    /// <summary>Anchors of batch roots and their revocations.</summary>
    public static ContractArtifact CredentialRegistry => _credentialRegistry.Value;

    /// <summary>OpenAttestation's <c>DocumentStore</c>, from its published npm package (<c>contracts/external/</c>).</summary>
    public static ContractArtifact DocumentStore => _documentStore.Value;

    /// <summary>Reads the embedded artifact of <paramref name="contractName"/>.</summary>
    public static ContractArtifact Load(string contractName)
    {
        var resourceName = $"CredChain.Ethereum.Artifacts.{contractName}.json";
        using var stream = typeof(ContractArtifacts).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"No embedded artifact '{resourceName}'.");
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        return new ContractArtifact(
            root.GetProperty("contractName").GetString()!,
            root.GetProperty("abi").GetRawText(),
            root.GetProperty("bytecode").GetString()!,
            root.GetProperty("deployedBytecode").GetString()!);
    }
}
