using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace CredChain.Core.Documents;

/// <summary>
/// The credential's <c>issuer</c>: <c>id</c> is <c>did:pkh:eip155:&lt;chainId&gt;:&lt;address&gt;</c> naming the issuer's
/// on-chain account, <c>name</c> its display name.
/// </summary>
public sealed record IssuerRef
{
    private const string DidPrefix = "did:pkh:eip155:";

    private IssuerRef(string id, string name, long chainId, string address)
    {
        Id = id;
        Name = name;
        ChainId = chainId;
        Address = address;
    }

    /// <summary>The <c>did:pkh</c> identifier, exactly as written in the document.</summary>
    public string Id { get; }

    /// <summary>The issuer's display name.</summary>
    public string Name { get; }

    /// <summary>The EIP-155 chain id in the DID.</summary>
    public long ChainId { get; }

    /// <summary>The account address in the DID (<c>0x</c> + 40 hex digits, case as written).</summary>
    public string Address { get; }

    /// <summary>Creates the issuer reference for an account on a chain.</summary>
    /// <exception cref="ArgumentException">The chain id is not positive, the address is not 0x + 40 hex digits, or the name is empty.</exception>
    public static IssuerRef ForAccount(long chainId, string address, string name)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(chainId);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!HexText.IsAddress(address))
        {
            throw new ArgumentException("An address is '0x' followed by 40 hex digits.", nameof(address));
        }

        return new IssuerRef(string.Create(CultureInfo.InvariantCulture, $"{DidPrefix}{chainId}:{address}"), name, chainId, address);
    }

    /// <summary>Parses a <c>did:pkh:eip155</c> identifier and pairs it with a name.</summary>
    public static bool TryCreate(string id, string name, [NotNullWhen(true)] out IssuerRef? issuer)
    {
        issuer = null;
        if (id is null || name is null || !id.StartsWith(DidPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = id.AsSpan(DidPrefix.Length);
        var colon = rest.IndexOf(':');
        if (colon <= 0)
        {
            return false;
        }

        var chain = rest[..colon];
        var address = rest[(colon + 1)..];
        if (chain[0] == '0' || chain.Length > 18 || !chain.ContainsOnlyAsciiDigits() || !HexText.IsAddress(address)
            || string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        issuer = new IssuerRef(id, name, long.Parse(chain, CultureInfo.InvariantCulture), address.ToString());
        return true;
    }
}
