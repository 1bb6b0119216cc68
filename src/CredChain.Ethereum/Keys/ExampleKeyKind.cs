namespace CredChain.Ethereum.Keys;

/// <summary>Where a publicly known key comes from.</summary>
public enum ExampleKeyKind
{
    /// <summary>One of anvil's default accounts (mnemonic "test test ... junk"), printed by every anvil start.</summary>
    AnvilDevAccount = 1,

    /// <summary>A node key of the example Besu network committed under <c>deploy/besu</c>.</summary>
    ExampleBesuNode = 2,
}
