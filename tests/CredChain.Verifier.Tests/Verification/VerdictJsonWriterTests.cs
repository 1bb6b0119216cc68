using System.Buffers;
using System.Text;
using System.Text.Json;
using CredChain.Core.Verification;
using CredChain.Verifier.Tests.Infrastructure;
using CredChain.Verifier.Verification;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CredChain.Verifier.Tests.Verification;

/// <summary>The hand-written verdict JSON, and the source-generated context's, must be byte-for-byte what the portal's
/// configured serializer writes.</summary>
public sealed class VerdictJsonWriterTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 7, 1, 8, 30, 15, 123, TimeSpan.FromHours(8));

    private readonly PortalFactory _portal = new();
    private readonly JsonSerializerOptions _options;
    private readonly VerdictJsonWriter _writer;
    private readonly VerdictText _text;

    public VerdictJsonWriterTests()
    {
        _options = _portal.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        _writer = _portal.Services.GetRequiredService<VerdictJsonWriter>();
        _text = _portal.Services.GetRequiredService<VerdictText>();
    }

    public void Dispose() => _portal.Dispose();

    [Fact]
    public void Write_FullValidVerdict_MatchesTheSerializer()
    {
        var response = new VerifyResponse(
            VerdictStatus.Valid,
            _text.Status(VerdictStatus.Valid),
            _text.StatusHint(VerdictStatus.Valid),
            "urn:uuid:0190a5e4-3c1b-7cc2-9d3e-1f2a3b4c5d6e",
            new VerdictIssuer("did:pkh:eip155:1337:0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "示例大学 Example University", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "示例大学", "Example University", "example.edu.cn"),
            new NetworkInfo(1337, "0x5fbdb2315678afecb367f032d93f642f64180aa3", true, "中国高等教育学历链", "China Higher Education Chain"),
            At,
            At.AddYears(50),
            new AnchorInfo("0x09186f4d99511133174c57718c2e0ec33fe54b0a1d8b2da39ee4d52b56e96689", At.AddDays(1), 42, "0xc6b96208da008581c8401312c6025b96a7028812de06e809b03bf94598d9cefb"),
            new BlockInfo(57, At.AddDays(2)),
            null,
            new KeyCompromiseInfo(At.AddDays(3), false),
            [.. Enum.GetValues<CheckKind>().Select(k => Check(k, CheckStatus.Valid, ReasonCode.DocumentWellFormed, $"The {k} check passed."))],
            [
                new DisclosedField("/credentialSubject/name", "张伟"),
                new DisclosedField("/credentialSubject/honours/1", "Dean's List"),
                new DisclosedField("/credentialSubject/note", "quote \" backslash \\ <tag> & 'x' \u0001 tab\t newline\n 😀 \u2028"),
                new DisclosedField("/credentialSubject/a~1b", "3.71"),
            ],
            2,
            null);

        AssertSameAsSerializer(response);
    }

    [Fact]
    public void Write_MalformedVerdictWithNulls_MatchesTheSerializer()
    {
        var response = new VerifyResponse(
            VerdictStatus.Malformed,
            _text.Status(VerdictStatus.Malformed),
            _text.StatusHint(VerdictStatus.Malformed),
            null, null, null, null, null, null, null, null, null,
            [Check(CheckKind.WellFormed, CheckStatus.Invalid, ReasonCode.DocumentMalformed, "The document is malformed (BadDate): Expected an RFC 3339 date-time.")],
            [],
            0,
            new FormatErrorInfo("badDate", null, "BadDate"));

        AssertSameAsSerializer(response);
    }

    [Fact]
    public void Write_RevokedVerdictWithPartialAnchor_MatchesTheSerializer()
    {
        var response = new VerifyResponse(
            VerdictStatus.Revoked,
            _text.Status(VerdictStatus.Revoked),
            _text.StatusHint(VerdictStatus.Revoked),
            "urn:uuid:0190a5e4-3c1b-7cc2-9d3e-1f2a3b4c5d6e",
            new VerdictIssuer("did:pkh:eip155:1:0xabc", "X", null, null, null, null),
            new NetworkInfo(1, "0xabc", false, null, null),
            At,
            null,
            new AnchorInfo(null, null, null, null),
            new BlockInfo(0, At),
            new VerdictRevocation(At.AddHours(3), 7, true),
            new KeyCompromiseInfo(At.AddMinutes(-5), true),
            [Check(CheckKind.NotRevoked, CheckStatus.Invalid, ReasonCode.BatchRevoked, "Revoked."), Check(CheckKind.Anchored, CheckStatus.Skipped, ReasonCode.SkippedAnchorUnavailable, "")],
            [],
            0,
            null);

        AssertSameAsSerializer(response);
    }

    [Fact]
    public void Write_TextsAndEnumValuesItDoesNotKnow_MatchesTheSerializer()
    {
        var response = new VerifyResponse(
            (VerdictStatus)77,
            new Bilingual("自定义 \"文本\"", "Custom <text>"),
            _text.StatusHint(VerdictStatus.Valid),
            null, null, null, null, null, null, null, null, null,
            [new CheckInfo((CheckKind)99, new Bilingual("名", "Name"), (CheckStatus)9, _text.CheckStatus(CheckStatus.Valid), (ReasonCode)12345, 12345, new Bilingual("", ""), "detail")],
            [],
            0,
            null);

        AssertSameAsSerializer(response);
    }

    private CheckInfo Check(CheckKind kind, CheckStatus status, ReasonCode reason, string detail) =>
        new(kind, _text.Check(kind), status, _text.CheckStatus(status), reason, (int)reason, _text.Reason(reason), detail);

    private void AssertSameAsSerializer(VerifyResponse response)
    {
        var expected = JsonSerializer.Serialize(response, _options);
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, _writer.WriterOptions))
        {
            _writer.Write(json, response);
        }

        Assert.Equal(expected, Encoding.UTF8.GetString(buffer.WrittenSpan));

        // The source-generated context the benchmark measures the writer against writes the same bytes.
        var generated = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(generated, _writer.WriterOptions))
        {
            JsonSerializer.Serialize(json, response, VerdictJsonContext.For(_options));
        }

        Assert.Equal(expected, Encoding.UTF8.GetString(generated.WrittenSpan));
    }
}
