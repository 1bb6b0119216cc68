namespace CredChain.Issuer.Anchoring;

/// <summary>The steps of the anchoring protocol where the kill drills stop the process.</summary>
internal enum FaultPoint
{
    /// <summary>The write-ahead record (root, nonce, signed transaction, hash) is committed; nothing sent yet.</summary>
    BeforeSend = 0,

    /// <summary>The transaction was sent; its receipt not yet read.</summary>
    AfterSend = 1,

    /// <summary>The receipt was read; the database not yet updated.</summary>
    AfterReceipt = 2,
}
