namespace CredChain.DevHost;

/// <summary>Everything <c>credchain up</c> keeps between runs, under one folder (default <c>./data</c>, git-ignored).</summary>
internal sealed class DataFolder(string path)
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>anvil's state, loaded at start and written on a graceful stop (and periodically).</summary>
    public string ChainState => Combine("chain", "anvil-state.json");

    /// <summary>The deployed registries (<see cref="CredChain.Cli.Chain.DeploymentRecord"/>): present means "deployed, resume".</summary>
    public string Contracts => Combine("contracts.json");

    public string IssuerDatabase => Combine("issuer.db");

    public string PortalShares => Combine("portal-shares.db");

    /// <summary>A sample class to try <c>credchain issue</c> with; written once, yours to edit.</summary>
    public string ExampleClass => Combine("example-class.csv");

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Create() => Directory.CreateDirectory(System.IO.Path.Combine(Path, "chain"));
}
