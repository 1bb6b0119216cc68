namespace CredChain.Issuer.Publications;

/// <summary>Stored as its number; never renumber.</summary>
internal enum PublicationState
{
    /// <summary>Code chosen and recorded; not yet acknowledged by the portal.</summary>
    Pending = 0,

    /// <summary>The portal holds the ciphertext; the certificate's QR opens it.</summary>
    Published = 1,

    /// <summary>Withdrawn at the portal; the QR answers that the link was withdrawn.</summary>
    Withdrawn = 2,
}
