using Nethereum.Util;

namespace CredChain.Verifier.Indexing;

/// <summary>
/// The accounts the index has seen, each numbered once: the anchors and revocations hold the number, so the account's
/// text (and its checksum, a Keccak) exists once per account instead of once per root. Lookups ignore case, as a
/// document may spell its issuer in any case. Not thread-safe: the index calls it under its lock.
/// </summary>
internal sealed class IssuerAccounts
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _checksummed = [];

    /// <summary>How many accounts are numbered (0 to Count - 1).</summary>
    public int Count => _checksummed.Count;

    /// <summary>The account's number, numbering it if it is new.</summary>
    public int Number(string address)
    {
        if (!_numbers.TryGetValue(address, out var number))
        {
            number = _checksummed.Count;
            _checksummed.Add(AddressUtil.Current.ConvertToChecksumAddress(address));
            _numbers[address] = number;
        }

        return number;
    }

    /// <summary>The account's number if the index has seen it.</summary>
    public bool TryFind(string address, out int number) => _numbers.TryGetValue(address, out number);

    /// <summary>The account, checksummed (EIP-55).</summary>
    public string Checksummed(int number) => _checksummed[number];
}
