using System.Net.Http.Json;
using System.Text.Json;
using CredChain.Cli.Tests.Support;
using CredChain.Core.Documents;
using CredChain.Ethereum.Hub;
using CredChain.Ethereum.Hub.Proofs;
using CredChain.Ethereum.Transactions;
using Nethereum.Web3;

namespace CredChain.Cli.Tests.Commands.Up;

/// <summary>`credchain up --hub`: the dev chain's credential is checkpointed on the second (hub) chain by the in-process relay.</summary>
public sealed class UpHubTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task UpHub_IssuedCredential_IsCheckpointedOnTheHubWithAProofTheHubAccepts()
    {
        await using var up = await UpProcess.StartAsync(_temp.Combine("data"), "--hub");
        var info = up.Info;
        using var issuer = IssuerApi.Client(info.IssuerUrl, info.Token);
        var document = CredentialDocument.Parse(System.Text.Encoding.UTF8.GetBytes(
            await IssuerApi.IssueAndWaitAsync(issuer, """{"name":{"zh":"张三","en":"Zhang San"},"degree":"Bachelor of Engineering"}""")));
        using var relay = new HttpClient { BaseAddress = info.RelayUrl };
        var path = $"api/v1/checkpoints/members/{info.ChainId}/{info.CredentialRegistry}/roots/{info.Issuer.ToLowerInvariant()}/{document.Proof.MerkleRoot}";

        HubProofBundle? bundle = null;
        for (var i = 0; i < 200 && (bundle is null || bundle.Entries.Count == 0); i++)
        {
            await Task.Delay(100);
            bundle = await relay.GetFromJsonAsync<HubProofBundle>(path, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        }

        var proof = Assert.Single(bundle!.Entries);
        var web3 = new Web3(info.HubRpcUrl!.ToString());
        var hub = new CheckpointRegistryClient(web3, info.HubRegistry!, new TransactionService(web3));
        var verification = await hub.VerifyEventAsync(
            new MemberRef((ulong)info.ChainId, info.CredentialRegistry), proof.Sequence, proof.ToEntry().LeafNode().ToByteArray(), proof.ProofNodes().Select(h => h.ToByteArray()).ToList());
        Assert.True(verification.Included, up.Error);
        Assert.Equal(verification.Member.Checkpoints, bundle.AsOf!.Sequence);
    }
}
