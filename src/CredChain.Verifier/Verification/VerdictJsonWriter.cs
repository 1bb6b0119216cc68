using System.Collections.Frozen;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace CredChain.Verifier.Verification;

/// <summary>
/// Writes <see cref="VerifyResponse"/> as JSON: the same bytes as the API's configured serializer (camelCase names,
/// enums as camelCase strings, the configured encoder, nulls written), without its per-object metadata walk, and with
/// property names, enum names and the zh/en texts of statuses, checks and reasons encoded once at start. A test holds
/// the output byte-for-byte to the serializer's.
/// </summary>
internal sealed class VerdictJsonWriter
{
    private static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText StatusText = JsonEncodedText.Encode("statusText");
    private static readonly JsonEncodedText StatusHint = JsonEncodedText.Encode("statusHint");
    private static readonly JsonEncodedText CredentialId = JsonEncodedText.Encode("credentialId");
    private static readonly JsonEncodedText Issuer = JsonEncodedText.Encode("issuer");
    private static readonly JsonEncodedText Network = JsonEncodedText.Encode("network");
    private static readonly JsonEncodedText ValidFrom = JsonEncodedText.Encode("validFrom");
    private static readonly JsonEncodedText ValidUntil = JsonEncodedText.Encode("validUntil");
    private static readonly JsonEncodedText Anchor = JsonEncodedText.Encode("anchor");
    private static readonly JsonEncodedText AsOf = JsonEncodedText.Encode("asOf");
    private static readonly JsonEncodedText Revocation = JsonEncodedText.Encode("revocation");
    private static readonly JsonEncodedText KeyCompromise = JsonEncodedText.Encode("keyCompromise");
    private static readonly JsonEncodedText Since = JsonEncodedText.Encode("since");
    private static readonly JsonEncodedText AnchoredAfter = JsonEncodedText.Encode("anchoredAfter");
    private static readonly JsonEncodedText Checks = JsonEncodedText.Encode("checks");
    private static readonly JsonEncodedText DisclosedFields = JsonEncodedText.Encode("disclosedFields");
    private static readonly JsonEncodedText HiddenFieldCount = JsonEncodedText.Encode("hiddenFieldCount");
    private static readonly JsonEncodedText FormatError = JsonEncodedText.Encode("formatError");
    private static readonly JsonEncodedText Format = JsonEncodedText.Encode("format");
    private static readonly JsonEncodedText Zh = JsonEncodedText.Encode("zh");
    private static readonly JsonEncodedText En = JsonEncodedText.Encode("en");
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText NameInDocument = JsonEncodedText.Encode("nameInDocument");
    private static readonly JsonEncodedText Address = JsonEncodedText.Encode("address");
    private static readonly JsonEncodedText NameZh = JsonEncodedText.Encode("nameZh");
    private static readonly JsonEncodedText NameEn = JsonEncodedText.Encode("nameEn");
    private static readonly JsonEncodedText Domain = JsonEncodedText.Encode("domain");
    private static readonly JsonEncodedText ChainId = JsonEncodedText.Encode("chainId");
    private static readonly JsonEncodedText Registry = JsonEncodedText.Encode("registry");
    private static readonly JsonEncodedText Trusted = JsonEncodedText.Encode("trusted");
    private static readonly JsonEncodedText MerkleRoot = JsonEncodedText.Encode("merkleRoot");
    private static readonly JsonEncodedText AnchoredAt = JsonEncodedText.Encode("anchoredAt");
    private static readonly JsonEncodedText BlockNumber = JsonEncodedText.Encode("blockNumber");
    private static readonly JsonEncodedText TransactionHash = JsonEncodedText.Encode("transactionHash");
    private static readonly JsonEncodedText Number = JsonEncodedText.Encode("number");
    private static readonly JsonEncodedText Timestamp = JsonEncodedText.Encode("timestamp");
    private static readonly JsonEncodedText RevokedAt = JsonEncodedText.Encode("revokedAt");
    private static readonly JsonEncodedText ReasonCode = JsonEncodedText.Encode("reasonCode");
    private static readonly JsonEncodedText WholeBatch = JsonEncodedText.Encode("wholeBatch");
    private static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText Code = JsonEncodedText.Encode("code");
    private static readonly JsonEncodedText ReasonNumber = JsonEncodedText.Encode("reasonNumber");
    private static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText Detail = JsonEncodedText.Encode("detail");
    private static readonly JsonEncodedText Path = JsonEncodedText.Encode("path");
    private static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");

    private readonly JsonSerializerOptions _options;
    private readonly JsonWriterOptions _writerOptions;
    private readonly FrozenDictionary<Bilingual, EncodedBilingual> _encoded;

    public VerdictJsonWriter(IOptions<JsonOptions> json, VerdictText text)
    {
        _options = json.Value.SerializerOptions;
        var encoder = _options.Encoder ?? JavaScriptEncoder.Default;
        _writerOptions = new JsonWriterOptions { Encoder = encoder, SkipValidation = true };
        // Keyed by instance: the mapper hands out VerdictText's own objects; any other Bilingual is encoded as it goes.
        _encoded = text.All.ToFrozenDictionary<Bilingual, Bilingual, EncodedBilingual>(
            t => t, t => new EncodedBilingual(JsonEncodedText.Encode(t.Zh, encoder), JsonEncodedText.Encode(t.En, encoder)), ReferenceEqualityComparer.Instance);
    }

    /// <summary>The writer options the serializer would use: same encoder, compact.</summary>
    public JsonWriterOptions WriterOptions => _writerOptions;

    public void Write(Utf8JsonWriter writer, VerifyResponse response)
    {
        writer.WriteStartObject();
        WriteEnum(writer, Status, response.Status);
        WriteBilingual(writer, StatusText, response.StatusText);
        WriteBilingual(writer, StatusHint, response.StatusHint);
        writer.WriteString(CredentialId, response.CredentialId);
        WriteIssuer(writer, response.Issuer);
        WriteNetwork(writer, response.Network);
        WriteDate(writer, ValidFrom, response.ValidFrom);
        WriteDate(writer, ValidUntil, response.ValidUntil);
        WriteAnchor(writer, response.Anchor);
        WriteBlock(writer, response.AsOf);
        WriteRevocation(writer, response.Revocation);
        WriteKeyCompromise(writer, response.KeyCompromise);

        writer.WriteStartArray(Checks);
        foreach (var check in response.Checks)
        {
            writer.WriteStartObject();
            WriteEnum(writer, Kind, check.Kind);
            WriteBilingual(writer, Name, check.Name);
            WriteEnum(writer, Status, check.Status);
            WriteBilingual(writer, StatusText, check.StatusText);
            WriteEnum(writer, Code, check.Code);
            writer.WriteNumber(ReasonNumber, check.ReasonNumber);
            WriteBilingual(writer, Message, check.Message);
            writer.WriteString(Detail, check.Detail);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray(DisclosedFields);
        foreach (var field in response.DisclosedFields)
        {
            writer.WriteStartObject();
            writer.WriteString(Path, field.Path);
            writer.WriteString(Value, field.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteNumber(HiddenFieldCount, response.HiddenFieldCount);

        if (response.FormatError is { } error)
        {
            writer.WriteStartObject(FormatError);
            writer.WriteString(Code, error.Code);
            writer.WriteString(Path, error.Path);
            writer.WriteString(Message, error.Message);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull(FormatError);
        }

        writer.WriteString(Format, response.Format);
        writer.WriteEndObject();
    }

    private static void WriteIssuer(Utf8JsonWriter writer, IssuerInfo? issuer)
    {
        if (issuer is null)
        {
            writer.WriteNull(Issuer);
            return;
        }

        writer.WriteStartObject(Issuer);
        writer.WriteString(Id, issuer.Id);
        writer.WriteString(NameInDocument, issuer.NameInDocument);
        writer.WriteString(Address, issuer.Address);
        writer.WriteString(NameZh, issuer.NameZh);
        writer.WriteString(NameEn, issuer.NameEn);
        writer.WriteString(Domain, issuer.Domain);
        writer.WriteEndObject();
    }

    private static void WriteNetwork(Utf8JsonWriter writer, NetworkInfo? network)
    {
        if (network is null)
        {
            writer.WriteNull(Network);
            return;
        }

        writer.WriteStartObject(Network);
        writer.WriteNumber(ChainId, network.ChainId);
        writer.WriteString(Registry, network.Registry);
        writer.WriteBoolean(Trusted, network.Trusted);
        writer.WriteString(NameZh, network.NameZh);
        writer.WriteString(NameEn, network.NameEn);
        writer.WriteEndObject();
    }

    private static void WriteAnchor(Utf8JsonWriter writer, AnchorInfo? anchor)
    {
        if (anchor is null)
        {
            writer.WriteNull(Anchor);
            return;
        }

        writer.WriteStartObject(Anchor);
        writer.WriteString(MerkleRoot, anchor.MerkleRoot);
        WriteDate(writer, AnchoredAt, anchor.AnchoredAt);
        if (anchor.BlockNumber is { } block)
        {
            writer.WriteNumber(BlockNumber, block);
        }
        else
        {
            writer.WriteNull(BlockNumber);
        }

        writer.WriteString(TransactionHash, anchor.TransactionHash);
        writer.WriteEndObject();
    }

    private static void WriteBlock(Utf8JsonWriter writer, BlockInfo? block)
    {
        if (block is null)
        {
            writer.WriteNull(AsOf);
            return;
        }

        writer.WriteStartObject(AsOf);
        writer.WriteNumber(Number, block.Number);
        writer.WriteString(Timestamp, block.Timestamp);
        writer.WriteEndObject();
    }

    private static void WriteRevocation(Utf8JsonWriter writer, RevocationInfo? revocation)
    {
        if (revocation is null)
        {
            writer.WriteNull(Revocation);
            return;
        }

        writer.WriteStartObject(Revocation);
        writer.WriteString(RevokedAt, revocation.RevokedAt);
        writer.WriteNumber(ReasonCode, revocation.ReasonCode);
        writer.WriteBoolean(WholeBatch, revocation.WholeBatch);
        writer.WriteEndObject();
    }

    private static void WriteKeyCompromise(Utf8JsonWriter writer, KeyCompromiseInfo? compromise)
    {
        if (compromise is null)
        {
            writer.WriteNull(KeyCompromise);
            return;
        }

        writer.WriteStartObject(KeyCompromise);
        writer.WriteString(Since, compromise.Since);
        writer.WriteBoolean(AnchoredAfter, compromise.AnchoredAfter);
        writer.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter writer, JsonEncodedText name, DateTimeOffset? value)
    {
        if (value is { } date)
        {
            writer.WriteString(name, date);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private void WriteBilingual(Utf8JsonWriter writer, JsonEncodedText name, Bilingual? text)
    {
        if (text is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        if (_encoded.TryGetValue(text, out var encoded))
        {
            writer.WriteString(Zh, encoded.Zh);
            writer.WriteString(En, encoded.En);
        }
        else
        {
            writer.WriteString(Zh, text.Zh);
            writer.WriteString(En, text.En);
        }

        writer.WriteEndObject();
    }

    private void WriteEnum<TEnum>(Utf8JsonWriter writer, JsonEncodedText name, TEnum value)
        where TEnum : struct, Enum
    {
        if (JsonEnumNames<TEnum>.TryGet(value, out var encoded))
        {
            writer.WriteString(name, encoded);
        }
        else
        {
            // A value the enum does not define: whatever the configured converter makes of it.
            writer.WritePropertyName(name);
            JsonSerializer.Serialize(writer, value, _options);
        }
    }
}
