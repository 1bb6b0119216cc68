using System.IO.Compression;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CredChain.Core.Verification;
using CredChain.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CredChain.EndToEnd.Tests.Certificates;

/// <summary>
/// One anvil network, the portal (knowing the issuing service as a publisher by its token's hash), the issuing service
/// (with that token), and one batch of three credentials uploaded with <c>?publish=true</c>, anchored and published.
/// The certificates' ZIP is fetched from the issuing API and unpacked; Chromium is started once.
/// </summary>
public sealed class PrintedCertificateFixture : IAsyncLifetime
{
    private readonly List<IAsyncDisposable> _owned = [];
    private IPlaywright? _playwright;

    public IssuerIdentity Issuer { get; private set; } = null!;

    public IssuingService Issuing { get; private set; } = null!;

    public PortalService Portal { get; private set; } = null!;

    public Guid BatchId { get; private set; }

    /// <summary>The unpacked PDFs, by credential id.</summary>
    public IReadOnlyDictionary<Guid, string> Pdfs { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>The ZIP's delivery.csv (the registrar's mail merge), by credential id.</summary>
    public IReadOnlyDictionary<Guid, DeliveryRow> Delivery { get; private set; } = new Dictionary<Guid, DeliveryRow>();

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "credchain-e2e-tests", "certificates-" + Guid.NewGuid().ToString("N"));

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (ScanTools.Missing().Count > 0)
        {
            return;
        }

        Directory.CreateDirectory(Folder);
        var chain = await DevChain.StartAsync("net-a", "测试网络甲", "Test network A", 1337);
        _owned.Add(chain);
        var account = await chain.AccreditNewIssuerAsync(new IssuerProfile("北方大学", "Northern University", "north.example.edu.cn"));
        Issuer = new IssuerIdentity("A-north", chain, account, "北方大学 / Northern University");

        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        Portal = await PortalService.StartAsync([chain], new Dictionary<string, string?>
        {
            ["Publications:Publishers:0:Name"] = "northern-university",
            ["Publications:Publishers:0:TokenSha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token))),
        });
        _owned.Add(Portal);
        Issuing = await IssuingService.StartAsync("issuer-certificates", chain, [Issuer], Portal.BaseAddress, new Dictionary<string, string?>
        {
            ["Publication:PortalToken"] = token,
            ["Publication:Poll"] = "00:00:00.100",
            ["Certificates:WordingZh"] = "经北方大学学位评定委员会审议通过",
            ["Certificates:WordingEn"] = "Conferred by the Degree Committee of Northern University",
        });
        _owned.Add(Issuing);

        BatchId = await UploadAsync();
        await WaitForPublishedAsync();
        Pdfs = await FetchZipAsync();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ScanTools.Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
        });
    }

    private async Task<Guid> UploadAsync()
    {
        var lines = Enumerable.Range(0, 3).Select(n => JsonSerializer.Serialize(new
        {
            credentialSubject = new
            {
                id = $"urn:credchain:test:student:{n}",
                name = new { zh = new[] { "张伟", "王芳", "李娜" }[n], en = new[] { "Zhang Wei", "Wang Fang", "Li Na" }[n] },
                degree = new { zh = "工学学士", en = "Bachelor of Engineering" },
                major = new { zh = "计算机科学与技术", en = "Computer Science and Technology" },
                studentNumber = $"2026{n:D3}",
            },
        }));
        using var content = new StringContent(string.Join('\n', lines), Encoding.UTF8, "application/x-ndjson");
        using var response = await Issuing.ClientFor(Issuer).PostAsync("/api/v1/batches?publish=true", content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>Polls (bounded: a hang guard) until every credential of the batch has a published copy.</summary>
    private async Task WaitForPublishedAsync()
    {
        var ids = await Issuing.BatchCredentialIdsAsync(Issuer, BatchId);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        foreach (var id in ids)
        {
            while (true)
            {
                using var response = await Issuing.ClientFor(Issuer).GetAsync($"/api/v1/credentials/{id}/publication", timeout.Token);
                if (response.IsSuccessStatusCode)
                {
                    break;
                }

                await Task.Delay(100, timeout.Token);
            }
        }
    }

    private async Task<Dictionary<Guid, string>> FetchZipAsync()
    {
        using var response = await Issuing.ClientFor(Issuer).GetAsync($"/api/v1/batches/{BatchId}/pdf");
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("3", response.Headers.GetValues("X-Certificate-Count").Single());
        var zipPath = Path.Combine(Folder, "batch.zip");
        await File.WriteAllBytesAsync(zipPath, await response.Content.ReadAsByteArrayAsync());
        await ZipFile.ExtractToDirectoryAsync(zipPath, Folder);
        Delivery = DeliveryRow.ReadAll(await File.ReadAllTextAsync(Path.Combine(Folder, "delivery.csv")));
        return Directory.GetFiles(Folder, "*.pdf").ToDictionary(p => Guid.Parse(Path.GetFileNameWithoutExtension(p)), p => p);
    }

    public async Task<JsonElement> GetJsonAsync(string path) =>
        await Issuing.ClientFor(Issuer).GetFromJsonAsync<JsonElement>(path);

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            await _owned[i].DisposeAsync();
        }

        if (Issuer is not null)
        {
            Environment.SetEnvironmentVariable(Issuer.KeyVariable, null);
        }

        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
