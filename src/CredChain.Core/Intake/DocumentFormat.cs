namespace CredChain.Core.Intake;

/// <summary>The document formats a verifier reads.</summary>
public enum DocumentFormat
{
    /// <summary>The native format: a W3C VC 2.0 credential with a CredChain Merkle proof.</summary>
    CredChain = 1,

    /// <summary>A wrapped OpenAttestation v2 document (<c>SHA3MerkleProof</c>).</summary>
    OpenAttestation = 2,
}
