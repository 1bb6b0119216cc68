using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CredChain.Cli.Infrastructure;
using CredChain.Cli.Tests.Support;
using CredChain.Core.Sharing;
using CredChain.Testing.Polling;

namespace CredChain.Cli.Tests.Commands.Share;

/// <summary>
/// A registrar downloads a published class's certificates with <c>credchain pdf --batch</c> (the ZIP's delivery.csv
/// holds each graduate's withdrawal code), and a graduate withdraws their printed link with <c>credchain share
/// withdraw</c>, against one running <c>credchain up</c> (which publishes every batch).
/// </summary>
public sealed class ShareWithdrawCommandTests(RunningSystem system) : IClassFixture<RunningSystem>
{
    private string Portal => system.Info.PortalUrl.ToString();

    [Fact]
    public async Task PdfBatch_WritesTheZipWithDeliveryCsv_AndShareWithdraw_WithItsCode_WithdrawsTheLinkForTheHolder()
    {
        var issued = await CliRun.InvokeAsync("issue", Path.Combine(system.DataDirectory, "example-class.csv"), "--service", system.Info.IssuerUrl.ToString(), "--token", system.Info.Token, "--out", system.Combine("issued"), "--json");
        Assert.Equal(0, issued.ExitCode);
        var batchId = JsonDocument.Parse(issued.Output).RootElement.GetProperty("batchId").GetGuid();
        using var issuer = IssuerApi.Client(system.Info.IssuerUrl, system.Info.Token);
        var ids = (await issuer.GetStringAsync($"/api/v1/batches/{batchId}/credentials")).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => Guid.Parse(JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()!["urn:uuid:".Length..])).ToList();
        var publications = new List<JsonElement>();
        foreach (var id in ids)
        {
            publications.Add(await Eventually.GetAsync(() => PublicationAsync(issuer, id), p => p.ValueKind == JsonValueKind.Object, $"credential {id} published"));
        }

        var zip = system.Combine("class.zip");
        var pdf = await CliRun.InvokeAsync("pdf", "--batch", batchId.ToString(), "--service", system.Info.IssuerUrl.ToString(), "--token", system.Info.Token, "--out", zip);

        Assert.Equal((0, $"Wrote {zip}: 3 certificate(s) of batch {batchId}, and delivery.csv with each graduate's withdrawal code: send it with their credential file, never print it.\n"), (pdf.ExitCode, pdf.Output.ReplaceLineEndings("\n")));
        var delivery = ReadZip(zip, ids);
        Assert.Equal(
            publications.Select(p => $"{p.GetProperty("credentialId").GetGuid()},{p.GetProperty("code").GetString()},{p.GetProperty("holderWithdrawalCode").GetString()}").Order(StringComparer.Ordinal),
            delivery.Select(row => $"{row[0]},{row[2]},{row[3]}").Order(StringComparer.Ordinal));
        Assert.All(delivery, row => Assert.Matches("^[^ ]+ / [A-Za-z ]+$", row[1]));

        var (code, holderCode) = (delivery[0][2], delivery[0][3]);
        var wrong = await CliRun.InvokeAsync("share", "withdraw", "--portal", Portal, "--code", code, "--withdrawal-code", ShareCode.Format(ShareCode.Generate()));
        Assert.Equal(ExitCodes.Failure, wrong.ExitCode);
        Assert.StartsWith("error: the portal answered 403 Wrong withdrawal code [share.bad_withdrawal_code]", wrong.Error, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await ShareAsync(code)).StatusCode);

        var run = await CliRun.InvokeAsync("share", "withdraw", "--portal", Portal, "--code", code.ToLowerInvariant(), "--withdrawal-code", holderCode);
        var again = await CliRun.InvokeAsync("share", "withdraw", "--portal", Portal, "--code", code, "--withdrawal-code", holderCode.Replace("-", "", StringComparison.Ordinal));

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Matches($"^Withdrawn: the link of certificate {code} now says the graduate withdrew it \\(\\d{{4}}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC\\)\\.\n$", run.Output.ReplaceLineEndings("\n"));
        Assert.Equal((0, run.Output), (again.ExitCode, again.Output));
        using var gone = await ShareAsync(code);
        var problem = await ProblemAssert.HasAsync(gone, HttpStatusCode.Gone, "share.withdrawn");
        Assert.Equal("holder", problem.GetProperty("withdrawnBy").GetString());
    }

    [Fact]
    public async Task ShareWithdraw_UnknownCode_ExitsOne_AndMalformedCodes_AreUsageErrors()
    {
        var unknown = await CliRun.InvokeAsync("share", "withdraw", "--portal", Portal, "--code", ShareCode.Generate(), "--withdrawal-code", ShareCode.Generate());
        var malformed = await CliRun.InvokeAsync("share", "withdraw", "--portal", Portal, "--code", "1234", "--withdrawal-code", "UUUU-UUUU-UUUU-UUUU");
        var unreachable = await CliRun.InvokeAsync("share", "withdraw", "--portal", "http://127.0.0.1:9", "--code", ShareCode.Generate(), "--withdrawal-code", ShareCode.Generate());

        Assert.Equal(ExitCodes.Failure, unknown.ExitCode);
        Assert.StartsWith("error: the portal answered 404 Share not found [share.not_found]", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UsageError, malformed.ExitCode);
        Assert.Contains("--code must be 16 letters and digits, as printed (XXXX-XXXX-XXXX-XXXX).", malformed.Error, StringComparison.Ordinal);
        Assert.Contains("--withdrawal-code must be 16 letters and digits, as printed (XXXX-XXXX-XXXX-XXXX).", malformed.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Failure, unreachable.ExitCode);
        Assert.StartsWith("error: cannot reach the portal at http://127.0.0.1:9/", unreachable.Error, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> PublicationAsync(HttpClient issuer, Guid id)
    {
        using var response = await issuer.GetAsync($"/api/v1/credentials/{id}/publication");
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>() : default;
    }

    /// <summary>
    /// The ZIP holds one PDF per credential, then delivery.csv with a row per PDF in the same order; returns its rows
    /// (split at commas: no name here needs quoting).
    /// </summary>
    private static List<string[]> ReadZip(string path, List<Guid> ids)
    {
        using var archive = ZipFile.OpenRead(path);
        var pdfs = archive.Entries.SkipLast(1).Select(e => e.FullName).ToList();
        Assert.Equal("delivery.csv", archive.Entries[^1].FullName);
        Assert.Equal(ids.Select(id => $"{id}.pdf").Order(StringComparer.Ordinal), pdfs.Order(StringComparer.Ordinal));
        using var reader = new StreamReader(archive.Entries[^1].Open());
        var lines = reader.ReadToEnd().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("credentialId,holderName,shareCode,holderWithdrawalCode", lines[0]);
        var rows = lines.Skip(1).Select(line => line.Split(',')).ToList();
        Assert.Equal(pdfs, rows.Select(row => row[0] + ".pdf"));
        return rows;
    }

    private async Task<HttpResponseMessage> ShareAsync(string code)
    {
        using var portal = IssuerApi.Client(system.Info.PortalUrl);
        return await portal.GetAsync($"/api/v1/shares/{ShareCode.DeriveId(ShareCode.Normalize(code)!)}");
    }
}
