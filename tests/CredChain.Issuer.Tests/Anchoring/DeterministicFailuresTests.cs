using CredChain.Ethereum.Errors;
using CredChain.Ethereum.Transactions;
using CredChain.Issuer.Anchoring;
using Microsoft.EntityFrameworkCore;
using Nethereum.JsonRpc.Client;

namespace CredChain.Issuer.Tests.Anchoring;

/// <summary>The classification table: contract reverts stop the item with a reason code; everything else is retried.</summary>
public sealed class DeterministicFailuresTests
{
    public static TheoryData<ChainErrorCode, string> Listed()
    {
        var data = new TheoryData<ChainErrorCode, string>();
        foreach (var (code, reason) in DeterministicFailures.ByContractError)
        {
            data.Add(code, reason);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Listed))]
    public void ListedRevert_IsDeterministic_WithItsReasonCodeAndTheErrorName(ChainErrorCode code, string reason)
    {
        var revert = new ContractRevertException(code, "SomeContractError", null, "0x12345678", null);

        Assert.Equal(new WorkFailure(reason, "SomeContractError", revert.Message), DeterministicFailures.Classify(revert));
    }

    [Fact]
    public void TheNamedReverts_OfTheIssue_AreAllInTheTable()
    {
        Assert.Equal(
            ["issuer_not_accredited", "root_already_anchored", "not_root_issuer", "invalid_proof", "credential_already_revoked"],
            new[] { ChainErrorCode.IssuerNotAccredited, ChainErrorCode.RootAlreadyAnchored, ChainErrorCode.NotRootIssuer, ChainErrorCode.InvalidProof, ChainErrorCode.CredentialAlreadyRevoked }
                .Select(c => DeterministicFailures.ByContractError[c]));
    }

    [Fact]
    public void UnlistedRevert_IsStillDeterministic_AsContractReverted()
    {
        var revert = new ContractRevertException(ChainErrorCode.Unknown, null, null, "0xdeadbeef", null);

        Assert.Equal(new WorkFailure("contract_reverted", "Unknown", revert.Message), DeterministicFailures.Classify(revert));
    }

    [Fact]
    public void NoSigningKey_IsDeterministic()
    {
        var failure = new WorkFailure(FailureCodes.NoSigningKey, null, "No key.");

        Assert.Same(failure, DeterministicFailures.Classify(new DeterministicFailureException(failure)));
    }

    public static TheoryData<Exception> Transient() => new()
    {
        new HttpRequestException("Connection refused"),
        new RpcClientUnknownException("Error occurred when trying to send rpc requests(s)"),
        new RpcResponseException(new RpcError(-32000, "nonce too low")),
        new RpcResponseException(new RpcError(-32000, "replacement transaction underpriced")),
        new TimeoutException(),
        new ReceiptTimeoutException("0xabc", TimeSpan.FromSeconds(60)),
        new DbUpdateConcurrencyException("The batch changed meanwhile."),
        new InvalidOperationException("Anything else"),
    };

    [Theory]
    [MemberData(nameof(Transient))]
    public void EverythingElse_IsTransient(Exception exception) => Assert.Null(DeterministicFailures.Classify(exception));

    [Fact]
    public void ReasonCodes_AreSnakeCaseAndDistinct()
    {
        var codes = DeterministicFailures.ByContractError.Values.ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^[a-z]+(_[a-z]+)*$", c));
    }
}
