using CredChain.Ethereum.Dev;
using Nethereum.Signer;

namespace CredChain.Ethereum.Keys;

/// <summary>
/// Every private key this repository publishes: anvil's default accounts and the node keys of the example Besu network
/// under <c>deploy/besu</c>. A service that signs with one of them outside Development signs with a key anyone holds,
/// so services refuse them there unless told otherwise. The one list both the services and <c>credchain</c> consult.
/// </summary>
public static class ExampleKeys
{
    /// <summary>
    /// The node keys of the committed example network (<c>credchain network init ... --example</c>), in node order.
    /// A test reads deploy/besu/nodes/*/key and fails when a committed key is missing here.
    /// </summary>
    private static readonly (string Node, string Key)[] ExampleBesuNodes =
    [
        ("validator1", "0x80371885b3c9ebc37be9db5b2a3e00a5ef0741f702d63ee92ea50973a56676f9"),
        ("validator2", "0x5d33ed3e871d8806f78a4d44abf59e9f5126f8d982ca0ccfd13b6b9db88bda56"),
        ("validator3", "0xd02eb13abb210e8572c6381e3957d4f6cdcf27a79961ed6487867e5372976f4b"),
        ("validator4", "0x4af490503104f8d891d3180dbc5b3fb54eff8c2daf2ab5308b2e5b65c8b1ee89"),
        ("rpcnode1", "0x3972b1f17a43afed9963e7ddd5dbd7466566941bcabb1a9221366624803097b7"),
    ];

    /// <summary>All of them: anvil accounts #0..#9, then the example Besu nodes.</summary>
    public static IReadOnlyList<ExampleKey> All { get; } =
    [
        .. DevAccounts.PrivateKeys.Select((key, i) => Create(key, ExampleKeyKind.AnvilDevAccount, $"#{i}")),
        .. ExampleBesuNodes.Select(n => Create(n.Key, ExampleKeyKind.ExampleBesuNode, n.Node)),
    ];

    private static readonly Dictionary<string, ExampleKey> ByKey = All.ToDictionary(k => k.PrivateKey, StringComparer.Ordinal);
    private static readonly Dictionary<string, ExampleKey> ByAddress = All.ToDictionary(k => k.Address, StringComparer.Ordinal);

    /// <summary>The example key <paramref name="privateKey"/> is (hex, with or without 0x, any case), or null.</summary>
    public static ExampleKey? FindByPrivateKey(string privateKey)
    {
        ArgumentNullException.ThrowIfNull(privateKey);
        var hex = privateKey.Trim();
        hex = hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? hex[2..] : hex;
        return ByKey.GetValueOrDefault("0x" + hex.ToLowerInvariant());
    }

    /// <summary>The example key <paramref name="privateKey"/> is, or null.</summary>
    public static ExampleKey? FindByPrivateKey(ReadOnlySpan<byte> privateKey) =>
        ByKey.GetValueOrDefault("0x" + Convert.ToHexStringLower(privateKey));

    /// <summary>The example key controlling <paramref name="address"/> (0x hex, any case), or null.</summary>
    public static ExampleKey? FindByAddress(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return ByAddress.GetValueOrDefault(address.Trim().ToLowerInvariant());
    }

    private static ExampleKey Create(string privateKey, ExampleKeyKind kind, string name) =>
        new(privateKey.ToLowerInvariant(), new EthECKey(privateKey).GetPublicAddress().ToLowerInvariant(), kind, name);
}
