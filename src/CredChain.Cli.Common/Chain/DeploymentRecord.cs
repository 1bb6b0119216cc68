using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CredChain.Cli.Chain;

/// <summary>
/// Where the registries of one network live: written by <c>credchain deploy</c> (JSON and/or dotenv) and by
/// <c>credchain up</c> (<c>data/contracts.json</c>), read by the governance commands.
/// </summary>
internal sealed record DeploymentRecord(long ChainId, string IssuerRegistry, string CredentialRegistry, long DeploymentBlock)
{
    // The dotenv keys docker-compose.yml sources into the issuing service and the portal.
    public const string ChainIdKey = "CREDCHAIN_CHAIN_ID";
    public const string IssuerRegistryKey = "CREDCHAIN_ISSUER_REGISTRY";
    public const string CredentialRegistryKey = "CREDCHAIN_CREDENTIAL_REGISTRY";
    public const string DeploymentBlockKey = "CREDCHAIN_DEPLOYMENT_BLOCK";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public string ToDotenv() => string.Create(CultureInfo.InvariantCulture, $"""
        {ChainIdKey}={ChainId}
        {IssuerRegistryKey}={IssuerRegistry}
        {CredentialRegistryKey}={CredentialRegistry}
        {DeploymentBlockKey}={DeploymentBlock}

        """);

    /// <summary>Reads a record written as JSON (<c>.json</c>) or dotenv (anything else).</summary>
    /// <exception cref="InvalidDataException">The file is not a deployment record.</exception>
    public static DeploymentRecord Read(string path)
    {
        var text = File.ReadAllText(path);
        return path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? FromJson(text, path) : FromDotenv(text, path);
    }

    public void Write(string path)
    {
        var text = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? ToJson() : ToDotenv();
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(path, text);
    }

    private static DeploymentRecord FromJson(string text, string path)
    {
        DeploymentRecord? record;
        try
        {
            record = JsonSerializer.Deserialize<Dto>(text, Json) is { } dto ? dto.ToRecord() : null;
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path} is not a deployment record: {ex.Message}", ex);
        }

        return record ?? throw new InvalidDataException($"{path} is not a deployment record: chainId, issuerRegistry and credentialRegistry are required.");
    }

    private static DeploymentRecord FromDotenv(string text, string path)
    {
        var values = text.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('=', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim().Trim('"'), StringComparer.Ordinal);
        if (!values.TryGetValue(ChainIdKey, out var chainId) || !long.TryParse(chainId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || !values.TryGetValue(IssuerRegistryKey, out var issuerRegistry) || !values.TryGetValue(CredentialRegistryKey, out var credentialRegistry))
        {
            throw new InvalidDataException($"{path} is not a deployment record: it needs {ChainIdKey}, {IssuerRegistryKey} and {CredentialRegistryKey}.");
        }

        var block = values.TryGetValue(DeploymentBlockKey, out var b) && long.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        return new DeploymentRecord(id, issuerRegistry, credentialRegistry, block);
    }

    private sealed record Dto(long ChainId, string? IssuerRegistry, string? CredentialRegistry, long DeploymentBlock)
    {
        [JsonIgnore]
        private bool IsComplete => ChainId > 0 && !string.IsNullOrEmpty(IssuerRegistry) && !string.IsNullOrEmpty(CredentialRegistry);

        public DeploymentRecord? ToRecord() => IsComplete ? new DeploymentRecord(ChainId, IssuerRegistry!, CredentialRegistry!, DeploymentBlock) : null;
    }
}
