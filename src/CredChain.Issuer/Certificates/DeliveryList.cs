using System.Globalization;
using System.Text;
using CredChain.Core.Sharing;

namespace CredChain.Issuer.Certificates;

/// <summary>
/// <c>delivery.csv</c> of a batch's certificate ZIP, for the registrar's mail merge: one row per certificate with the
/// holder's name, the code printed on it and the holder's withdrawal code, which goes to the graduate with the credential
/// file and never on paper. RFC 4180 quoting, UTF-8 with a byte order mark (so spreadsheets read the Chinese names), and
/// a cell a spreadsheet would run as a formula (=, +, -, @) is written with a leading apostrophe.
/// </summary>
internal sealed class DeliveryList(IReadOnlyDictionary<Guid, string> holderCodes)
{
    public const string EntryName = "delivery.csv";

    private readonly StringBuilder _csv = new("credentialId,holderName,shareCode,holderWithdrawalCode\r\n");

    public void Add(CertificateContent content)
    {
        var name = string.Join(" / ", new[] { content.Holder.Zh, content.Holder.En }.Where(n => n.Length > 0));
        _csv.Append(content.CredentialId.ToString()).Append(',')
            .Append(Cell(name)).Append(',')
            .Append(content.Code is { } code ? ShareCode.Format(code) : "").Append(',')
            .Append(holderCodes.TryGetValue(content.CredentialId, out var holderCode) ? ShareCode.Format(holderCode) : "")
            .Append("\r\n");
    }

    public byte[] ToUtf8() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(_csv.ToString())];

    private static string Cell(string value)
    {
        var text = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? string.Create(CultureInfo.InvariantCulture, $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"")
            : text;
    }
}
