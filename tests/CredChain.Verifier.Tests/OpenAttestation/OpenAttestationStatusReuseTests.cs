using System.Text.Json;
using CredChain.Verifier.Tests.Chain;
using CredChain.Verifier.Tests.Infrastructure;
using Nethereum.Hex.HexConvertors.Extensions;

namespace CredChain.Verifier.Tests.OpenAttestation;

/// <summary>
/// <c>Portal:DocumentStoreStatusTtl</c>: within it, a document's store answer (and the block it names) is reused; with
/// zero, a revocation made on chain a moment ago is in the next verdict.
/// </summary>
[Collection(DevNetworksGroup.Name)]
public sealed class OpenAttestationStatusReuseTests(DevNetworksFixture chain)
{
    [Fact]
    public async Task A_revocation_shows_at_once_without_reuse_and_after_the_ttl_with_it()
    {
        using var reusing = new PortalFactory(chain.PortalSettings(("Index:Enabled", "false"), ("Portal:DocumentStoreStatusTtl", "00:01:00")), fakeClockForVerdictsOnly: true);
        using var asking = new PortalFactory(chain.PortalSettings(("Index:Enabled", "false"), ("Portal:DocumentStoreStatusTtl", "00:00:00")), fakeClockForVerdictsOnly: true);
        // other-batch-2: its batch root is revoked; nothing else uses this document.
        var document = OpenAttestationDevStore.Document("other-batch-2");
        var before = await reusing.CreateClient().VerifyAsync(document);
        Assert.Equal("rootRevokedInStore", NotRevoked(before));

        using var parsed = JsonDocument.Parse(document);
        var targetHash = parsed.RootElement.GetProperty("signature").GetProperty("targetHash").GetString()!.HexToByteArray();
        var receipt = await chain.OpenAttestation.Store.RevokeAsync(chain.Education.Node.Accounts[9], targetHash);

        var reused = await reusing.CreateClient().VerifyAsync(document);
        var asked = await asking.CreateClient().VerifyAsync(document);
        Assert.Equal(("rootRevokedInStore", AsOf(before)), (NotRevoked(reused), AsOf(reused)));
        Assert.Equal("documentRevokedInStore", NotRevoked(asked));
        Assert.True(AsOf(asked) >= (long)receipt.BlockNumber.Value);
    }

    private static string NotRevoked(JsonElement verdict) =>
        verdict.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("kind").GetString() == "notRevoked").GetProperty("code").GetString()!;

    private static long AsOf(JsonElement verdict) => verdict.GetProperty("asOf").GetProperty("number").GetInt64();
}
