namespace CredChain.Issuer.Certificates;

/// <summary>The template's fixed wording, in Chinese and English.</summary>
internal static class CertificateText
{
    public const string TitleZh = "证书";
    public const string TitleEn = "Certificate";
    public const string CertifiesZh = "兹证明";
    public const string CertifiesEn = "This is to certify that";
    public const string AwardedZh = "已获得";
    public const string AwardedEn = "has been awarded";
    public const string IssuedZh = "生效日期";
    public const string IssuedEn = "Valid from";
    public const string UntilZh = "有效期至";
    public const string UntilEn = "Valid until";
    public const string NoEndZh = "长期有效";
    public const string NoEndEn = "no end date";
    public const string IdZh = "证书编号";
    public const string IdEn = "Credential ID";
    public const string CodeZh = "验证码";
    public const string CodeEn = "Verification code";
    public const string ScanZh = "扫码验证";
    public const string ScanEn = "Scan to verify";
    public const string CompareZh = "扫码后请核对页面所示信息与本证书是否一致；不一致即为伪造。";
    public const string CompareEn = "After scanning, check that the page shows exactly what this paper says; if not, the paper is forged.";
    public const string TypeCodeZh = "或在验证网站输入验证码：";
    public const string TypeCodeEn = "or type the code at ";
}
