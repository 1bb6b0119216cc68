using System.Text.Json;

namespace CredChain.Verifier.Verification;

/// <summary>The verdict JSON's property names (camelCase, as the API's serializer names them), encoded once for
/// <see cref="VerdictJsonWriter"/>.</summary>
internal static class VerdictJsonNames
{
    public static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
    public static readonly JsonEncodedText StatusText = JsonEncodedText.Encode("statusText");
    public static readonly JsonEncodedText StatusHint = JsonEncodedText.Encode("statusHint");
    public static readonly JsonEncodedText CredentialId = JsonEncodedText.Encode("credentialId");
    public static readonly JsonEncodedText Issuer = JsonEncodedText.Encode("issuer");
    public static readonly JsonEncodedText Network = JsonEncodedText.Encode("network");
    public static readonly JsonEncodedText ValidFrom = JsonEncodedText.Encode("validFrom");
    public static readonly JsonEncodedText ValidUntil = JsonEncodedText.Encode("validUntil");
    public static readonly JsonEncodedText Anchor = JsonEncodedText.Encode("anchor");
    public static readonly JsonEncodedText AsOf = JsonEncodedText.Encode("asOf");
    public static readonly JsonEncodedText Revocation = JsonEncodedText.Encode("revocation");
    public static readonly JsonEncodedText KeyCompromise = JsonEncodedText.Encode("keyCompromise");
    public static readonly JsonEncodedText Since = JsonEncodedText.Encode("since");
    public static readonly JsonEncodedText AnchoredAfter = JsonEncodedText.Encode("anchoredAfter");
    public static readonly JsonEncodedText Checks = JsonEncodedText.Encode("checks");
    public static readonly JsonEncodedText DisclosedFields = JsonEncodedText.Encode("disclosedFields");
    public static readonly JsonEncodedText HiddenFieldCount = JsonEncodedText.Encode("hiddenFieldCount");
    public static readonly JsonEncodedText FormatError = JsonEncodedText.Encode("formatError");
    public static readonly JsonEncodedText Format = JsonEncodedText.Encode("format");
    public static readonly JsonEncodedText Zh = JsonEncodedText.Encode("zh");
    public static readonly JsonEncodedText En = JsonEncodedText.Encode("en");
    public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    public static readonly JsonEncodedText NameInDocument = JsonEncodedText.Encode("nameInDocument");
    public static readonly JsonEncodedText Address = JsonEncodedText.Encode("address");
    public static readonly JsonEncodedText NameZh = JsonEncodedText.Encode("nameZh");
    public static readonly JsonEncodedText NameEn = JsonEncodedText.Encode("nameEn");
    public static readonly JsonEncodedText Domain = JsonEncodedText.Encode("domain");
    public static readonly JsonEncodedText ChainId = JsonEncodedText.Encode("chainId");
    public static readonly JsonEncodedText Registry = JsonEncodedText.Encode("registry");
    public static readonly JsonEncodedText Trusted = JsonEncodedText.Encode("trusted");
    public static readonly JsonEncodedText MerkleRoot = JsonEncodedText.Encode("merkleRoot");
    public static readonly JsonEncodedText AnchoredAt = JsonEncodedText.Encode("anchoredAt");
    public static readonly JsonEncodedText BlockNumber = JsonEncodedText.Encode("blockNumber");
    public static readonly JsonEncodedText TransactionHash = JsonEncodedText.Encode("transactionHash");
    public static readonly JsonEncodedText Number = JsonEncodedText.Encode("number");
    public static readonly JsonEncodedText Timestamp = JsonEncodedText.Encode("timestamp");
    public static readonly JsonEncodedText RevokedAt = JsonEncodedText.Encode("revokedAt");
    public static readonly JsonEncodedText ReasonCode = JsonEncodedText.Encode("reasonCode");
    public static readonly JsonEncodedText WholeBatch = JsonEncodedText.Encode("wholeBatch");
    public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
    public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    public static readonly JsonEncodedText Code = JsonEncodedText.Encode("code");
    public static readonly JsonEncodedText ReasonNumber = JsonEncodedText.Encode("reasonNumber");
    public static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
    public static readonly JsonEncodedText Detail = JsonEncodedText.Encode("detail");
    public static readonly JsonEncodedText PathName = JsonEncodedText.Encode("path");
    public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
}
