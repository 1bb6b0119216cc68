namespace CredChain.Cli.Tests.Support;

/// <summary>Anvil's well-known dev accounts #0 and #1 (their keys are public; fine in tests).</summary>
internal static class DevAccounts
{
    public const string Account0 = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    public const string Account0PrivateKey = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

    /// <summary>Published with the key above (anvil/hardhat docs): the uncompressed public key without 0x04.</summary>
    public const string Account0PublicKey =
        "8318535b54105d4a7aae60c08fc45f9687181b4fdfc625bd1a753fa7397fed75" +
        "3547f11ca8696646f2f3acb08e31016afac23e630c5d11f59f61fef57b0d2aa5";

    public const string Account1 = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
}
