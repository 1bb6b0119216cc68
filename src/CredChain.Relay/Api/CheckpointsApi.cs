using System.Text.RegularExpressions;
using CredChain.Core.Problems;
using CredChain.Ethereum.Hub.Proofs;
using CredChain.Hosting.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CredChain.Relay.Api;

/// <summary>
/// <c>GET /api/v1/checkpoints/...</c>: a member's latest checkpoint, and inclusion proofs for a root, a revocation
/// and an accreditation, each checkable against the hub's checkpoint roots with one call to the hub.
/// </summary>
internal static partial class CheckpointsApi
{
    public static IEndpointRouteBuilder MapCheckpointsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/checkpoints/members/{chainId:long}/{registry}").WithTags("Checkpoints");
        group.MapGet("/", GetMemberAsync)
            .WithSummary("The member's latest checkpoint on the hub")
            .WithDescription("The sequence number, last member block and its time of the latest checkpoint this relay knows is on the hub.");
        group.MapGet("/roots/{issuer}/{root}", GetRootAsync)
            .WithSummary("Proof that an issuer account anchored a root")
            .WithDescription("The RootAnchored entries of (issuer, root) with their inclusion proofs, as of the latest checkpoint.");
        group.MapGet("/revocations/{issuer}/{root}/{targetHash}", GetRevocationsAsync)
            .WithSummary("Revocations of a credential and of its batch")
            .WithDescription("Every CredentialRevoked entry of the credential and BatchRevoked entry of its batch, with proofs; an empty list means none as of the stated checkpoint.");
        group.MapGet("/accreditations/{issuer}", GetAccreditationsAsync)
            .WithSummary("Accreditation history of an issuer account")
            .WithDescription("Accreditations, suspensions, reinstatements, key rotations and compromise declarations of the account, with proofs.");
        return app;
    }

    private static async Task<Results<Ok<HubAsOf>, ProblemHttpResult>> GetMemberAsync(
        long chainId, string registry, MemberDirectory members, ProofService proofs, CancellationToken cancellationToken)
    {
        if (members.Find(chainId, registry) is not { } member)
        {
            return UnknownMember(chainId, registry);
        }

        var asOf = await proofs.AsOfAsync(member, cancellationToken);
        return asOf is null
            ? ProblemResults.Create(ProblemCatalogue.NoCheckpoint, "No checkpoint yet", $"No checkpoint of registry {registry} on chain {chainId} is on the hub yet.")
            : TypedResults.Ok(asOf);
    }

    private static async Task<Results<Ok<HubProofBundle>, ProblemHttpResult>> GetRootAsync(
        long chainId, string registry, string issuer, string root, MemberDirectory members, ProofService proofs, CancellationToken cancellationToken)
    {
        if (members.Find(chainId, registry) is not { } member)
        {
            return UnknownMember(chainId, registry);
        }

        if (!IsAddress(issuer) || !IsHash(root))
        {
            return Invalid("issuer must be 0x + 40 hex digits and root 0x + 64.");
        }

        return TypedResults.Ok(await proofs.RootAsync(member, issuer.ToLowerInvariant(), root.ToLowerInvariant(), cancellationToken));
    }

    private static async Task<Results<Ok<HubProofBundle>, ProblemHttpResult>> GetRevocationsAsync(
        long chainId, string registry, string issuer, string root, string targetHash, MemberDirectory members, ProofService proofs, CancellationToken cancellationToken)
    {
        if (members.Find(chainId, registry) is not { } member)
        {
            return UnknownMember(chainId, registry);
        }

        if (!IsAddress(issuer) || !IsHash(root) || !IsHash(targetHash))
        {
            return Invalid("issuer must be 0x + 40 hex digits, root and targetHash 0x + 64.");
        }

        return TypedResults.Ok(await proofs.RevocationsAsync(member, issuer.ToLowerInvariant(), root.ToLowerInvariant(), targetHash.ToLowerInvariant(), cancellationToken));
    }

    private static async Task<Results<Ok<HubProofBundle>, ProblemHttpResult>> GetAccreditationsAsync(
        long chainId, string registry, string issuer, MemberDirectory members, ProofService proofs, CancellationToken cancellationToken)
    {
        if (members.Find(chainId, registry) is not { } member)
        {
            return UnknownMember(chainId, registry);
        }

        if (!IsAddress(issuer))
        {
            return Invalid("issuer must be 0x + 40 hex digits.");
        }

        return TypedResults.Ok(await proofs.AccreditationsAsync(member, issuer.ToLowerInvariant(), cancellationToken));
    }

    private static ProblemHttpResult UnknownMember(long chainId, string registry) =>
        ProblemResults.Create(ProblemCatalogue.UnknownMember, "Unknown member network", $"This relay follows no registry {registry} on chain {chainId}.");

    private static ProblemHttpResult Invalid(string detail) =>
        ProblemResults.Create(ProblemCatalogue.InvalidParameter, "Invalid parameter", detail);

    private static bool IsAddress(string value) => AddressPattern().IsMatch(value);

    private static bool IsHash(string value) => HashPattern().IsMatch(value);

    [GeneratedRegex("^0x[0-9a-fA-F]{40}$")]
    private static partial Regex AddressPattern();

    [GeneratedRegex("^0x[0-9a-fA-F]{64}$")]
    private static partial Regex HashPattern();
}
