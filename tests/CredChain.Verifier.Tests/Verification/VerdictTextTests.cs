using CredChain.Core.Verification;
using CredChain.Verifier.Verification;

namespace CredChain.Verifier.Tests.Verification;

public sealed class VerdictTextTests
{
    private readonly VerdictText _text = new();

    [Fact]
    public void EveryStatusCheckAndReasonCode_HasDistinctChineseAndEnglishTexts()
    {
        Assert.Empty(_text.Missing);
    }

    [Fact]
    public void ReasonTexts_AreLookedUpByCode()
    {
        Assert.Equal(new Bilingual("颁发机构已撤销此证书。", "The issuer revoked this credential."), _text.Reason(ReasonCode.CredentialRevoked));
        Assert.Equal(new Bilingual("已被篡改", "Tampered"), _text.Status(VerdictStatus.Tampered));
    }
}
