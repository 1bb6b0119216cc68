namespace CredChain.Ethereum.Keys;

/// <summary>A private key anyone can read, with the account it controls.</summary>
/// <param name="PrivateKey">0x + 64 lower-case hex digits.</param>
/// <param name="Address">The account's 0x address, lower case.</param>
/// <param name="Kind">Where the key was published.</param>
/// <param name="Name">Which one: <c>#1</c> for an anvil account, the node name for a Besu node.</param>
public sealed record ExampleKey(string PrivateKey, string Address, ExampleKeyKind Kind, string Name)
{
    /// <summary>For messages: "anvil's well-known dev account #1", "the example Besu network's validator1 node key".</summary>
    public string Description => Kind == ExampleKeyKind.AnvilDevAccount
        ? $"anvil's well-known dev account {Name}"
        : $"the example Besu network's {Name} node key (deploy/besu)";
}
