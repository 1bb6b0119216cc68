using System.Security.Cryptography;
using CredChain.Core.Documents;
using Nethereum.Signer;

namespace CredChain.Cli.Besu;

/// <summary>A node's secp256k1 key pair: its P2P identity (enode) and, for a validator, its QBFT signing key.</summary>
internal sealed class NodeKey
{
    public const int PrivateKeyLength = 32;

    // secp256k1 group order n; a private key must lie in [1, n - 1].
    private static readonly byte[] CurveOrder = Convert.FromHexString(
        "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141");

    private readonly byte[] _privateKey;

    private NodeKey(byte[] privateKey)
    {
        _privateKey = privateKey;
        var ecKey = new EthECKey(privateKey, isPrivate: true);
        PublicKeyHex = Convert.ToHexStringLower(ecKey.GetPubKeyNoPrefix());
        Address = EthereumAddress.FromBytes(Convert.FromHexString(ecKey.GetPublicAddress().AsSpan(2)));
    }

    /// <summary>Uncompressed public key without the 0x04 prefix: 128 lowercase hex digits, the enode node id.</summary>
    public string PublicKeyHex { get; }

    /// <summary>Keccak-256 of the public key, last 20 bytes: the validator address QBFT puts in <c>extraData</c>.</summary>
    public EthereumAddress Address { get; }

    /// <summary>A fresh key from the operating system's CSPRNG, drawn until it falls inside the curve order.</summary>
    public static NodeKey Generate()
    {
        var candidate = new byte[PrivateKeyLength];
        do
        {
            RandomNumberGenerator.Fill(candidate);
        }
        while (!IsValidPrivateKey(candidate));

        return new NodeKey(candidate);
    }

    public static NodeKey FromPrivateKey(ReadOnlySpan<byte> privateKey)
    {
        if (!IsValidPrivateKey(privateKey))
        {
            throw new ArgumentException("A secp256k1 private key is 32 bytes in [1, n - 1].", nameof(privateKey));
        }

        return new NodeKey(privateKey.ToArray());
    }

    /// <summary>Reads Besu's <c>key</c> file: one line, the private key as hex (Besu writes it with <c>0x</c>).</summary>
    public static NodeKey FromBesuKeyFile(string content)
    {
        var text = content.Trim();
        var digits = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text[2..] : text;
        if (digits.Length != PrivateKeyLength * 2 || !HexText.IsHexDigits(digits))
        {
            throw new FormatException("A Besu key file holds one line: 0x followed by 64 hex digits.");
        }

        return FromPrivateKey(Convert.FromHexString(digits));
    }

    /// <summary>The content of Besu's <c>key</c> file, as Besu itself writes it: 0x-prefixed lowercase hex, no newline.</summary>
    public string ToBesuKeyFile() => "0x" + Convert.ToHexStringLower(_privateKey);

    /// <summary>The content of a <c>key.pub</c> file, in the format of <c>besu public-key export</c>.</summary>
    public string ToBesuPublicKeyFile() => "0x" + PublicKeyHex;

    private static bool IsValidPrivateKey(ReadOnlySpan<byte> candidate) =>
        candidate.Length == PrivateKeyLength
        && candidate.ContainsAnyExcept((byte)0)
        && candidate.SequenceCompareTo(CurveOrder) < 0;
}
