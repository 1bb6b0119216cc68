namespace CredChain.Verifier.Shares;

internal enum ShareState
{
    Available,
    NotFound,
    Expired,
    BadToken,
    Deleted,
    Withdrawn,
}
