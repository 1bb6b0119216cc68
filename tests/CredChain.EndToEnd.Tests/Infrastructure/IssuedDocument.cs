using CredChain.Core.Documents;

namespace CredChain.EndToEnd.Tests.Infrastructure;

/// <summary>An anchored document fetched from the issuing API (or a holder's hidden-field copy of one).</summary>
/// <param name="Label">Stable name for test output, e.g. <c>A-north/b1/c5</c> or <c>A-north/b1/c5+hidden</c>.</param>
/// <param name="Issuer">Who issued it.</param>
/// <param name="Batch">The issuer's batch number, in issuing order (0, 1, 2…).</param>
/// <param name="Json">The document as fetched (or as Core wrote the hidden copy).</param>
/// <param name="Expected">What the portal answers for it untouched (<c>valid</c>, or <c>expired/expired</c>).</param>
public sealed record IssuedDocument(string Label, IssuerIdentity Issuer, int Batch, string Json, string Expected)
{
    public CredentialDocument Document { get; } = CredentialDocument.Parse(System.Text.Encoding.UTF8.GetBytes(Json));

    public bool IsHidden => !Document.Proof.HiddenLeaves.IsEmpty;

    public override string ToString() => Label;
}
