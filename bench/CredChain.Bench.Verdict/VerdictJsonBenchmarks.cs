using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using CredChain.Core.Verification;
using CredChain.Verifier.Verification;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace CredChain.Bench.Verdict;

/// <summary>
/// One full verdict (all checks, issuer, network, anchor, disclosed fields) to JSON, three ways: the portal's
/// hand-written <see cref="VerdictJsonWriter"/>, the source-generated <see cref="VerdictJsonContext"/>, and the
/// reflection serializer both are held to. Setup refuses to run unless all three write the same bytes.
/// </summary>
[MemoryDiagnoser]
public class VerdictJsonBenchmarks
{
    private static readonly DateTimeOffset At = new(2026, 7, 1, 8, 30, 15, 123, TimeSpan.FromHours(8));

    private readonly ArrayBufferWriter<byte> _buffer = new(8 * 1024);
    private JsonSerializerOptions _options = null!;
    private VerdictJsonWriter _writer = null!;
    private JsonTypeInfo<VerifyResponse> _generated = null!;
    private VerifyResponse _response = null!;
    private Utf8JsonWriter _json = null!;

    [GlobalSetup]
    public void Setup()
    {
        // The portal's settings (PortalHostingExtensions): web defaults, camelCase enum names, relaxed escaping.
        var json = new JsonOptions();
        json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        json.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        _options = json.SerializerOptions;
        var text = new VerdictText();
        _writer = new VerdictJsonWriter(Options.Create(json), text);
        _generated = VerdictJsonContext.For(_options);
        _response = FullVerdict(text);
        _json = new Utf8JsonWriter(_buffer, _writer.WriterOptions);

        var expected = JsonSerializer.SerializeToUtf8Bytes(_response, _options);
        if (!Written(HandWritten).SequenceEqual(expected) || !Written(SourceGenerated).SequenceEqual(expected))
        {
            throw new InvalidOperationException("The three serializers do not write the same verdict bytes.");
        }
    }

    [Benchmark(Baseline = true)]
    public int HandWritten()
    {
        Reset();
        _writer.Write(_json, _response);
        _json.Flush();
        return _buffer.WrittenCount;
    }

    [Benchmark]
    public int SourceGenerated()
    {
        Reset();
        JsonSerializer.Serialize(_json, _response, _generated);
        _json.Flush();
        return _buffer.WrittenCount;
    }

    [Benchmark]
    public int Reflection()
    {
        Reset();
        JsonSerializer.Serialize(_json, _response, _options);
        _json.Flush();
        return _buffer.WrittenCount;
    }

    private byte[] Written(Func<int> write)
    {
        write();
        return _buffer.WrittenSpan.ToArray();
    }

    private void Reset()
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
    }

    private static VerifyResponse FullVerdict(VerdictText text) => new(
        VerdictStatus.Valid,
        text.Status(VerdictStatus.Valid),
        text.StatusHint(VerdictStatus.Valid),
        "urn:uuid:0190a5e4-3c1b-7cc2-9d3e-1f2a3b4c5d6e",
        new VerdictIssuer("did:pkh:eip155:1337:0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "示例大学 Example University", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "示例大学", "Example University", "example.edu.cn"),
        new NetworkInfo(1337, "0x5fbdb2315678afecb367f032d93f642f64180aa3", true, "中国高等教育学历链", "China Higher Education Chain"),
        At,
        At.AddYears(50),
        new AnchorInfo("0x09186f4d99511133174c57718c2e0ec33fe54b0a1d8b2da39ee4d52b56e96689", At.AddDays(1), 42, "0xc6b96208da008581c8401312c6025b96a7028812de06e809b03bf94598d9cefb"),
        new BlockInfo(57, At.AddDays(2)),
        null,
        null,
        [.. Enum.GetValues<CheckKind>().Select(k => new CheckInfo(k, text.Check(k), CheckStatus.Valid, text.CheckStatus(CheckStatus.Valid), ReasonCode.DocumentWellFormed, (int)ReasonCode.DocumentWellFormed, text.Reason(ReasonCode.DocumentWellFormed), $"The {k} check passed."))],
        [
            new DisclosedField("/credentialSubject/name", "张伟"),
            new DisclosedField("/credentialSubject/degree", "工学学士 Bachelor of Engineering"),
            new DisclosedField("/credentialSubject/major", "计算机科学与技术"),
            new DisclosedField("/credentialSubject/gpa", "3.71"),
        ],
        0,
        null);
}
