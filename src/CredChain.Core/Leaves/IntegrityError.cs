namespace CredChain.Core.Leaves;

/// <summary>Why a credential's leaves and salts do not fit together. Values are stable; never renumber.</summary>
public enum IntegrityError
{
    /// <summary>A disclosed value has no salt (a field was added or moved).</summary>
    MissingSalt = 1,

    /// <summary>A salt names a path with no disclosed value (a field was removed without hiding it).</summary>
    UnusedSalt = 2,

    /// <summary>An empty object or array appears in the credential; they carry no leaf and are not allowed.</summary>
    EmptyContainer = 3,

    /// <summary>A number is not written in its canonical form: what a reader sees would differ from what was hashed.</summary>
    NumberNotCanonical = 4,
}
