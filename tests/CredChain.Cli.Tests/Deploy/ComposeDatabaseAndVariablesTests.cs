using CredChain.Cli.Tests.Support;

namespace CredChain.Cli.Tests.Deploy;

/// <summary>docker-compose.yml, read without a Docker engine: PostgreSQL roles and passwords, and every variable it interpolates.</summary>
public sealed class ComposeDatabaseAndVariablesTests
{
    private static readonly ComposeFile Compose = ComposeFile.Load(RepositoryRoot.Combine("docker-compose.yml"));

    [Fact]
    public void Compose_DeployStep_IsGivenEveryPasswordVariableItsScriptNames()
    {
        var deploy = Compose.Services["deploy"];
        var script = string.Join('\n', deploy.Sequence("entrypoint"));
        var named = System.Text.RegularExpressions.Regex.Matches(script, @"--password-env (?<name>[A-Z0-9_]+)")
            .Select(m => m.Groups["name"].Value)
            .ToHashSet();

        Assert.Equal(["DEPLOYER_KEYSTORE_PASSWORD"], named);
        Assert.Equal(named, deploy.Environment.Keys.ToHashSet());
        Assert.Equal(["deployer_keystore"], deploy.Secrets);
        Assert.Contains("--keystore /run/secrets/deployer_keystore", script, StringComparison.Ordinal);
    }

    [Fact]
    public void EnvExample_LeavesEverySecretEmpty()
    {
        var secrets = File.ReadAllLines(RepositoryRoot.Combine(".env.example"))
            .Where(l => l.Contains("PASSWORD=", StringComparison.Ordinal) || l.Contains("SECRET", StringComparison.Ordinal) || l.StartsWith("PORTAL_HEALTH_DETAILS_KEY=", StringComparison.Ordinal))
            .ToList();

        Assert.Equal(["DEPLOYER_KEYSTORE_PASSWORD=", "ISSUER_KEYSTORE_PASSWORD=", "PORTAL_HEALTH_DETAILS_KEY=", "POSTGRES_PASSWORD=", "ISSUER_DB_PASSWORD=", "PORTAL_DB_PASSWORD="], secrets);
    }

    [Fact]
    public void Compose_Services_ConnectToPostgresAsTheirOwnRoleToTheirOwnDatabase()
    {
        var issuer = new Npgsql.NpgsqlConnectionStringBuilder(Compose.Services["issuer"].Environment["Storage__ConnectionString"]);
        var portal = new Npgsql.NpgsqlConnectionStringBuilder(Compose.Services["portal"].Environment["Shares__ConnectionString"]);

        Assert.Equal(
            ("postgres", "credchain_issuer", "credchain_issuer", "${ISSUER_DB_PASSWORD:?set ISSUER_DB_PASSWORD in .env}"),
            (issuer.Host, issuer.Database, issuer.Username, issuer.Password));
        Assert.Equal(
            ("postgres", "credchain_portal", "credchain_portal", "${PORTAL_DB_PASSWORD:?set PORTAL_DB_PASSWORD in .env}"),
            (portal.Host, portal.Database, portal.Username, portal.Password));
    }

    [Fact]
    public void Compose_Postgres_RunsTheRolesScriptOnFirstStart_WithTheServicesPasswordsFromEnv()
    {
        var postgres = Compose.Services["postgres"];

        Assert.Contains("./deploy/postgres/10-credchain-roles.sh:/docker-entrypoint-initdb.d/10-credchain-roles.sh:ro", postgres.Volumes);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["POSTGRES_USER"] = "${POSTGRES_USER:-credchain}",
                ["POSTGRES_PASSWORD"] = "${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}",
                ["POSTGRES_DB"] = "postgres",
                ["ISSUER_DB_PASSWORD"] = "${ISSUER_DB_PASSWORD:?set ISSUER_DB_PASSWORD in .env}",
                ["PORTAL_DB_PASSWORD"] = "${PORTAL_DB_PASSWORD:?set PORTAL_DB_PASSWORD in .env}",
            },
            postgres.Environment);
        // Neither service is handed the superuser's name or password.
        Assert.All(["issuer", "portal"], name => Assert.DoesNotContain(
            Compose.Services[name].Environment.Values, v => v.Contains("POSTGRES_USER", StringComparison.Ordinal) || v.Contains("POSTGRES_PASSWORD", StringComparison.Ordinal)));
    }

    [Fact]
    public void Compose_EveryVariableItInterpolates_IsDocumentedInEnvExample()
    {
        var documented = File.ReadAllLines(RepositoryRoot.Combine(".env.example"))
            .Where(l => l.Length > 0 && char.IsAsciiLetterUpper(l[0]) && l.Contains('=', StringComparison.Ordinal))
            .Select(l => l[..l.IndexOf('=', StringComparison.Ordinal)])
            .ToHashSet();
        var used = System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(RepositoryRoot.Combine("docker-compose.yml")), @"(?<!\$)\$\{([A-Z0-9_]+)")
            .Select(m => m.Groups[1].Value)
            .ToHashSet();

        Assert.Equal(used.Order(), documented.Order());
    }
}
