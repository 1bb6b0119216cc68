namespace CredChain.Core.Disclosure;

/// <summary>Why a set of paths cannot be hidden. Values are stable; never renumber.</summary>
public enum DisclosureError
{
    /// <summary>A path is not a JSON Pointer, or is the empty pointer.</summary>
    BadPointer = 1,

    /// <summary>No disclosed value lies at or under a path.</summary>
    PathNotFound = 2,

    /// <summary>The path lies outside <c>credentialSubject</c> (the envelope: <c>@context</c>, <c>id</c>, <c>type</c>, <c>issuer</c>, <c>validFrom</c>, <c>validUntil</c>, …), or is <c>credentialSubject</c> itself.</summary>
    PathNotHideable = 3,

    /// <summary>Hiding would remove an array element or leave one empty, which would shift the pointers of the elements after it.</summary>
    WouldRemoveArrayElement = 4,

    /// <summary>Hiding would leave <c>credentialSubject</c> with no members.</summary>
    WouldEmptySubject = 5,
}
