namespace CredChain.Issuer.Tests.Infrastructure;

/// <summary>A test that needs the PostgreSQL server named by <see cref="TestDatabase.PostgresVariable"/> (CI sets it); skipped without it.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable)))
        {
            Skip = $"Needs PostgreSQL: set {TestDatabase.PostgresVariable} (CI does).";
        }
    }
}
