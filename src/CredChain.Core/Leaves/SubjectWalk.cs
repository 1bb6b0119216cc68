namespace CredChain.Core.Leaves;

/// <summary>How a walk over a credential subject ended: done, or the problem it met and where.</summary>
internal readonly record struct SubjectWalk(WalkProblem Problem, string? Pointer)
{
    public static SubjectWalk Done => default;

    public bool Succeeded => Problem == WalkProblem.None;

    public static SubjectWalk Fail(WalkProblem problem, string pointer) => new(problem, pointer);
}

/// <summary>What stopped a walk over a credential subject.</summary>
internal enum WalkProblem
{
    /// <summary>Nothing: every leaf was recorded.</summary>
    None = 0,

    /// <summary>An empty object or array, which carries no leaf.</summary>
    EmptyContainer,

    /// <summary>A number not written in its canonical form (verification only).</summary>
    NumberNotCanonical,

    /// <summary>The subject is not a JSON object.</summary>
    NotAnObject,

    /// <summary>Issuing only: something the parsing path must report precisely (too deep, too long, a repeated name, no canonical form).</summary>
    Unusual,
}
