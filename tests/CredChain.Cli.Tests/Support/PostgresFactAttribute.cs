namespace CredChain.Cli.Tests.Support;

/// <summary>A test that needs PostgreSQL installed here: runs where CREDCHAIN_TEST_POSTGRES is set (CI sets it).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "CREDCHAIN_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"{Variable} is not set: no PostgreSQL installation to test against.";
        }
    }
}
