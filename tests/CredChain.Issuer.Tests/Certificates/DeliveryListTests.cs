using System.Text;
using CredChain.Core.Sharing;
using CredChain.Issuer.Certificates;

namespace CredChain.Issuer.Tests.Certificates;

/// <summary>The batch ZIP's delivery.csv: one row per certificate for the registrar's mail merge, safe to open in a spreadsheet.</summary>
public sealed class DeliveryListTests
{
    [Fact]
    public void Rows_HoldNameShareCodeAndHolderCode_QuotedAndFormulaSafe()
    {
        Guid published = Guid.CreateVersion7(), unpublished = Guid.CreateVersion7(), hostile = Guid.CreateVersion7();
        string code = ShareCode.Generate(), holderCode = ShareCode.Generate(), hostileCode = ShareCode.Generate(), hostileHolderCode = ShareCode.Generate();
        var list = new DeliveryList(new Dictionary<Guid, string> { [published] = holderCode, [hostile] = hostileHolderCode });

        list.Add(Content(published, ("张伟", "Zhang Wei"), code));
        list.Add(Content(unpublished, ("", "O'Brien, \"Pat\""), null));
        list.Add(Content(hostile, ("", "=HYPERLINK(\"x\")"), hostileCode));

        var bytes = list.ToUtf8();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var expected =
            "credentialId,holderName,shareCode,holderWithdrawalCode\r\n"
            + $"{published},张伟 / Zhang Wei,{ShareCode.Format(code)},{ShareCode.Format(holderCode)}\r\n"
            + $"{unpublished},\"O'Brien, \"\"Pat\"\"\",,\r\n"
            + $"{hostile},\"'=HYPERLINK(\"\"x\"\")\",{ShareCode.Format(hostileCode)},{ShareCode.Format(hostileHolderCode)}\r\n";
        Assert.Equal(expected, Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }

    private static CertificateContent Content(Guid id, (string Zh, string En) holder, string? code) =>
        new(("示范大学", "Demo University"), holder, [], new DateTimeOffset(2026, 6, 30, 0, 0, 0, TimeSpan.Zero), null, id, new Uri("https://verify.example/s"), code);
}
