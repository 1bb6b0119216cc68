using System.Globalization;
using System.Text;
using System.Text.Json;
using CredChain.Core.Disclosure;
using CredChain.Core.Verification;
using CredChain.Testing.Chain;

namespace CredChain.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The whole system, for real: two anvil networks (A and B, different chain ids) with their registries, both on the
/// portal's trust list; two accredited institutions on A served by one issuing service, one on B served by another;
/// and a set of anchored documents issued through the issuing API in several batches per institution (an NDJSON
/// upload, then rounds of single requests), plus holders' hidden-field copies made with Core's
/// <see cref="SelectiveDisclosure"/>.
/// </summary>
public sealed class EndToEndFixture : IAsyncLifetime
{
    public const long ChainIdA = 1337;
    public const long ChainIdB = 31338;

    /// <summary>Per institution: credentials per batch, three batches (the first an NDJSON upload).</summary>
    private const int PerBatch = 4;

    private readonly List<IAsyncDisposable> _owned = [];

    public DevChain NetworkA { get; private set; } = null!;

    public DevChain NetworkB { get; private set; } = null!;

    public IssuerIdentity North { get; private set; } = null!;

    public IssuerIdentity South { get; private set; } = null!;

    public IssuerIdentity West { get; private set; } = null!;

    /// <summary>The issuing service of network A (North and South).</summary>
    public IssuingService IssuingA { get; private set; } = null!;

    /// <summary>The issuing service of network B (West).</summary>
    public IssuingService IssuingB { get; private set; } = null!;

    public PortalService Portal { get; private set; } = null!;

    /// <summary>Every issued document and hidden copy, in a stable order (institution, batch, subject number).</summary>
    public IReadOnlyList<IssuedDocument> Documents { get; private set; } = [];

    public IssuingService ServiceOf(IssuerIdentity issuer) => issuer.Chain == NetworkA ? IssuingA : IssuingB;

    public async Task InitializeAsync()
    {
        var (a, b) = await TestChain.StartTwoAsync(ChainIdA, ChainIdB);
        (NetworkA, NetworkB) = (new DevChain("net-a", "测试网络甲", "Test network A", a), new DevChain("net-b", "测试网络乙", "Test network B", b));
        _owned.AddRange([NetworkA, NetworkB]);

        // One governor per network sends these, so the two on A go one after the other (their nonces follow).
        var onB = NetworkB.AccreditNewIssuerAsync(new IssuerProfile("西部技能认证中心", "Western Skills Centre", "west.example.org.cn"));
        var north = await NetworkA.AccreditNewIssuerAsync(new IssuerProfile("北方大学", "Northern University", "north.example.edu.cn"));
        var south = await NetworkA.AccreditNewIssuerAsync(new IssuerProfile("南方职业技术学院", "Southern Polytechnic", "south.example.edu.cn"));
        North = new IssuerIdentity("A-north", NetworkA, north, "北方大学 Northern University");
        South = new IssuerIdentity("A-south", NetworkA, south, "南方职业技术学院 Southern Polytechnic");
        West = new IssuerIdentity("B-west", NetworkB, await onB, "西部技能认证中心 Western Skills Centre");

        Portal = await PortalService.StartAsync([NetworkA, NetworkB]);
        _owned.Add(Portal);
        IssuingA = await IssuingService.StartAsync("issuer-a", NetworkA, [North, South], Portal.BaseAddress);
        _owned.Add(IssuingA);
        IssuingB = await IssuingService.StartAsync("issuer-b", NetworkB, [West], Portal.BaseAddress);
        _owned.Add(IssuingB);

        var issued = await Task.WhenAll(IssueAllAsync(North), IssueAllAsync(South), IssueAllAsync(West));
        Documents = [.. issued.SelectMany(documents => documents)];
    }

    /// <summary>Three batches for one institution, each anchored before the next is issued.</summary>
    private async Task<List<IssuedDocument>> IssueAllAsync(IssuerIdentity issuer)
    {
        var service = ServiceOf(issuer);
        var documents = new List<IssuedDocument>();

        // Batch 0: one NDJSON upload.
        var upload = await service.UploadAsync(issuer, Enumerable.Range(0, PerBatch).Select(n => Subjects.Request(Subjects.Subject(issuer.Label, n))));
        var ids = await service.BatchCredentialIdsAsync(issuer, upload);
        documents.AddRange(await FetchAsync(issuer, 0, [.. ids.Select(id => (id, "valid"))]));

        // Batches 1 and 2: single requests sent together, which the worker closes into one batch (or two).
        for (var batch = 1; batch <= 2; batch++)
        {
            var requests = Enumerable.Range(batch * PerBatch, PerBatch).Select(n => (n, Request: RequestFor(issuer, n))).ToList();
            var sent = await Task.WhenAll(requests.Select(async r => (Id: await service.IssueAsync(issuer, r.Request.Json), r.Request.Expected)));
            documents.AddRange(await FetchAsync(issuer, batch, sent));
        }

        documents.AddRange(documents.Where(d => Hideable(d)).ToList().Select(Hidden));
        return documents;
    }

    /// <summary>Subject <c>n</c> of batch 2 includes an expired credential and one valid until 2036; the rest have no validUntil.</summary>
    private static (string Json, string Expected) RequestFor(IssuerIdentity issuer, int n) => n switch
    {
        8 => (Subjects.Request(Subjects.Subject(issuer.Label, n), "2020-01-01T00:00:00Z", "2021-01-01T00:00:00Z"), "expired/expired"),
        9 => (Subjects.Request(Subjects.Subject(issuer.Label, n), "2025-09-01T00:00:00Z", "2036-07-01T00:00:00Z", "UniversityDegreeCredential", "HonoursDegreeCredential"), "valid"),
        _ => (Subjects.Request(Subjects.Subject(issuer.Label, n)), "valid"),
    };

    private async Task<IEnumerable<IssuedDocument>> FetchAsync(IssuerIdentity issuer, int batch, IReadOnlyList<(Guid Id, string Expected)> credentials)
    {
        var service = ServiceOf(issuer);
        var fetched = await Task.WhenAll(credentials.Select(async c => (c.Expected, Fetched: await service.WaitForAnchoredAsync(issuer, c.Id))));
        // The subject's number is read back from its id ("did:example:<issuer>:<n>"): an upload lists its credentials by id, not by row.
        return fetched.Select(f => (f.Expected, f.Fetched.Document, N: SubjectNumber(f.Fetched.Document)))
            .OrderBy(f => f.N)
            .Select(f => new IssuedDocument($"{issuer.Label}/b{batch}/c{f.N}", issuer, batch, f.Document, f.Expected));
    }

    private static int SubjectNumber(string document)
    {
        var id = JsonDocument.Parse(document).RootElement.GetProperty("credentialSubject").GetProperty("id").GetString()!;
        return int.Parse(id[(id.LastIndexOf(':') + 1)..], CultureInfo.InvariantCulture);
    }

    private static bool Hideable(IssuedDocument document) => document.Label.EndsWith("/c1", StringComparison.Ordinal)
        || document.Label.EndsWith("/c6", StringComparison.Ordinal) || document.Label.EndsWith("/c8", StringComparison.Ordinal) || document.Label.EndsWith("/c10", StringComparison.Ordinal);

    /// <summary>A holder's copy with several fields hidden by Core's tool (legitimately valid).</summary>
    private static IssuedDocument Hidden(IssuedDocument source)
    {
        string[] paths = source.Label[^2..] switch
        {
            "c1" => ["/credentialSubject/studentNumber", "/credentialSubject/gpa", "/credentialSubject/courses/0/grade", "/credentialSubject/name/en"],
            "c6" => ["/credentialSubject/scores", "/credentialSubject/unicode/hangul", "/credentialSubject/a~1b", "/credentialSubject/examId"],
            "c8" => ["/credentialSubject/honours", "/credentialSubject/thesis/advisors/0/chair", "/credentialSubject/minor", "/credentialSubject/café"],
            _ => ["/credentialSubject/courses/1/grade", "/credentialSubject/courses/2/note", "/credentialSubject/unicode", "/credentialSubject/til~0de", "/credentialSubject/balance"],
        };
        var hidden = SelectiveDisclosure.Hide(source.Document, paths);
        return new IssuedDocument(source.Label + "+hidden", source.Issuer, source.Batch, Encoding.UTF8.GetString(hidden.ToUtf8Bytes()), source.Expected);
    }

    public async Task DisposeAsync()
    {
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            await _owned[i].DisposeAsync();
        }

        foreach (var issuer in new[] { North, South, West }.Where(i => i is not null))
        {
            Environment.SetEnvironmentVariable(issuer.KeyVariable, null);
        }
    }
}
