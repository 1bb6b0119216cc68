namespace CredChain.EndToEnd.Tests.Certificates;

/// <summary>One row of a batch ZIP's delivery.csv: what the registrar mails to each graduate with the credential file.</summary>
public sealed record DeliveryRow(Guid CredentialId, string HolderName, string ShareCode, string HolderWithdrawalCode)
{
    public const string Header = "credentialId,holderName,shareCode,holderWithdrawalCode";

    /// <summary>Parses the file as written for a batch whose names need no quoting (the fixture's).</summary>
    public static IReadOnlyDictionary<Guid, DeliveryRow> ReadAll(string csv)
    {
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Header, lines[0]);
        return lines.Skip(1).Select(line => line.Split(',')).Select(f => new DeliveryRow(Guid.Parse(f[0]), f[1], f[2], f[3])).ToDictionary(r => r.CredentialId);
    }
}
