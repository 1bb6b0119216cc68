using System.Net;
using CredChain.Issuer.Tests.Infrastructure;
using ZXing;
using ZXing.Common;

namespace CredChain.Issuer.Tests.Qr;

public sealed class QrApiTests : IAsyncLifetime
{
    private readonly IssuerApiFactory _factory = new();
    private HttpClient _client = null!;
    private Guid _id;

    public async Task InitializeAsync()
    {
        _client = _factory.CreateClientFor([TestAccounts.AddressA], "auditor");
        _id = await Seed.CredentialAsync(_factory, TestAccounts.AddressA);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task Png_DecodesToThePortalVerificationUrlAtEccLevelM()
    {
        var response = await _client.GetAsync($"/api/v1/credentials/{_id}/qr?format=png");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);

        var (pixels, width, height) = PngGray.Decode(await response.Content.ReadAsByteArrayAsync());
        var reader = new BarcodeReaderGeneric { Options = new DecodingOptions { PossibleFormats = [BarcodeFormat.QR_CODE], PureBarcode = true, TryHarder = true } };
        var result = reader.Decode(new RGBLuminanceSource(pixels, width, height, RGBLuminanceSource.BitmapFormat.Gray8));

        Assert.NotNull(result);
        Assert.Equal($"https://verify.example.test/v/{_id}", result.Text);
        Assert.Equal("M", result.ResultMetadata[ResultMetadataType.ERROR_CORRECTION_LEVEL].ToString());
        // Quiet zone: the outer 4 modules (8 px each) are white on every side.
        Assert.All(Enumerable.Range(0, width), x => Assert.Equal(255, pixels[x]));
        Assert.All(Enumerable.Range(0, height), y => Assert.Equal(255, pixels[y * width]));
    }

    [Fact]
    public async Task Svg_IsAnSvgDocument()
    {
        var response = await _client.GetAsync($"/api/v1/credentials/{_id}/qr?format=svg");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        var svg = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("svg", svg.Root!.Name.LocalName);
    }

    [Fact]
    public async Task UnknownFormat_Returns400()
    {
        await ProblemAssert.HasAsync(await _client.GetAsync($"/api/v1/credentials/{_id}/qr?format=gif"), HttpStatusCode.BadRequest, "validation_failed");
    }
}
