using System.Collections.Frozen;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using static CredChain.Verifier.Verification.VerdictJsonNames;

namespace CredChain.Verifier.Verification;

/// <summary>
/// Writes <see cref="VerifyResponse"/> as JSON: the same bytes as the API's configured serializer (camelCase names,
/// enums as camelCase strings, the configured encoder, nulls written), without its per-object metadata walk, and with
/// property names, enum names and the zh/en texts of statuses, checks and reasons encoded once at start. A test holds
/// the output byte-for-byte to the serializer's.
/// </summary>
internal sealed class VerdictJsonWriter
{
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

        WriteChecks(writer, response.Checks);
        WriteDisclosedFields(writer, response.DisclosedFields);
        writer.WriteNumber(HiddenFieldCount, response.HiddenFieldCount);
        WriteFormatError(writer, response.FormatError);
        writer.WriteString(Format, response.Format);
        writer.WriteEndObject();
    }

    private void WriteChecks(Utf8JsonWriter writer, IReadOnlyList<CheckInfo> checks)
    {
        writer.WriteStartArray(Checks);
        foreach (var check in checks)
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
    }

    private static void WriteDisclosedFields(Utf8JsonWriter writer, IReadOnlyList<DisclosedField> fields)
    {
        writer.WriteStartArray(DisclosedFields);
        foreach (var field in fields)
        {
            writer.WriteStartObject();
            writer.WriteString(PathName, field.Path);
            writer.WriteString(Value, field.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteFormatError(Utf8JsonWriter writer, FormatErrorInfo? error)
    {
        if (error is null)
        {
            writer.WriteNull(FormatError);
            return;
        }

        writer.WriteStartObject(FormatError);
        writer.WriteString(Code, error.Code);
        writer.WriteString(PathName, error.Path);
        writer.WriteString(Message, error.Message);
        writer.WriteEndObject();
    }

    private static void WriteIssuer(Utf8JsonWriter writer, VerdictIssuer? issuer)
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

    private static void WriteRevocation(Utf8JsonWriter writer, VerdictRevocation? revocation)
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
