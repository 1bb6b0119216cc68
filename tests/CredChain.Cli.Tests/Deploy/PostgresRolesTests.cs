using System.Security.Cryptography;
using CredChain.Cli.Tests.Support;
using Npgsql;

namespace CredChain.Cli.Tests.Deploy;

/// <summary>
/// deploy/postgres/10-credchain-roles.sh, run for real as the postgres image runs it (as the bootstrap superuser, on a
/// new server), then checked by connecting as the services do, with the connection strings docker-compose.yml gives them.
/// </summary>
public sealed class PostgresRolesTests
{
    private static readonly string Script = RepositoryRoot.Combine("deploy", "postgres", "10-credchain-roles.sh");

    private static readonly ComposeFile Compose = ComposeFile.Load(RepositoryRoot.Combine("docker-compose.yml"));

    private static NpgsqlConnectionStringBuilder Issuer => new(Compose.Services["issuer"].Environment["Storage__ConnectionString"]);

    private static NpgsqlConnectionStringBuilder Portal => new(Compose.Services["portal"].Environment["Shares__ConnectionString"]);

    private static string NewPassword() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    private static Dictionary<string, string> Passwords(string issuer, string portal) => new()
    {
        ["ISSUER_DB_PASSWORD"] = issuer,
        ["PORTAL_DB_PASSWORD"] = portal,
    };

    [PostgresFact]
    public async Task InitScript_EachServiceRole_WorksInItsOwnDatabaseAndReachesNoOther()
    {
        await using var server = await ThrowawayPostgres.StartAsync();
        var (issuerPassword, portalPassword) = (NewPassword(), NewPassword());
        await server.RunInitScriptAsync(Script, Passwords(issuerPassword, portalPassword));
        string AsIssuer(string? database = null) => server.ConnectionString(Issuer.Username!, issuerPassword, database ?? Issuer.Database!);
        string AsPortal(string? database = null) => server.ConnectionString(Portal.Username!, portalPassword, database ?? Portal.Database!);

        // What their migrations and requests do: create tables in their own database, write and read them.
        var issuerOwn = await RunAsync(AsIssuer(), "CREATE TABLE credentials (id int, document text); INSERT INTO credentials VALUES (1, 'issued'); SELECT document FROM credentials");
        var portalOwn = await RunAsync(AsPortal(), "CREATE TABLE shares (id int, ciphertext bytea); INSERT INTO shares VALUES (1, '\\x00'); SELECT count(*)::text FROM shares");

        var denied = new[]
        {
            await RunAsync(AsPortal(Issuer.Database), "SELECT document FROM credentials"),
            await RunAsync(AsIssuer(Portal.Database), "SELECT count(*)::text FROM shares"),
            await RunAsync(AsPortal("postgres"), "SELECT 'maintenance database'"),
            await RunAsync(AsIssuer("template1"), "SELECT 'template database'"),
            // Worded differently by each server version: the SQLSTATE (insufficient_privilege) is what is stable.
            (await RunAsync(AsPortal(), "CREATE DATABASE shares_copy"))[..5],
            (await RunAsync(AsPortal(), "CREATE ROLE intruder LOGIN"))[..5],
            (await RunAsync(AsPortal(), $"GRANT {Portal.Username} TO {Issuer.Username}"))[..5],
        };
        var roles = await RunAsync(AsPortal(), "SELECT string_agg(format('%s super=%s createdb=%s createrole=%s replication=%s bypassrls=%s', rolname, rolsuper, rolcreatedb, rolcreaterole, rolreplication, rolbypassrls), '; ' ORDER BY rolname) FROM pg_roles WHERE rolname LIKE 'credchain%'");

        Assert.Equal(("issued", "1"), (issuerOwn, portalOwn));
        Assert.Equal(
            [
                "42501: permission denied for database \"credchain_issuer\"",
                "42501: permission denied for database \"credchain_portal\"",
                "42501: permission denied for database \"postgres\"",
                "42501: permission denied for database \"template1\"",
                "42501",
                "42501",
                "42501",
            ],
            denied);
        Assert.Equal(
            "credchain_issuer super=f createdb=f createrole=f replication=f bypassrls=f; " +
            "credchain_portal super=f createdb=f createrole=f replication=f bypassrls=f",
            roles);
    }

    [PostgresFact]
    public async Task InitScript_RunAgain_KeepsTheDataAndTakesTheNewPasswords()
    {
        await using var server = await ThrowawayPostgres.StartAsync();
        var (issuerPassword, oldPortalPassword, newPortalPassword) = (NewPassword(), NewPassword(), NewPassword());
        await server.RunInitScriptAsync(Script, Passwords(issuerPassword, oldPortalPassword));
        await RunAsync(server.ConnectionString(Portal.Username!, oldPortalPassword, Portal.Database!), "CREATE TABLE shares (id int); INSERT INTO shares VALUES (7); SELECT 'ok'");

        await server.RunInitScriptAsync(Script, Passwords(issuerPassword, newPortalPassword));

        Assert.Equal(
            ("28P01: password authentication failed for user \"credchain_portal\"", "7"),
            (await RunAsync(server.ConnectionString(Portal.Username!, oldPortalPassword, Portal.Database!), "SELECT 'in'"),
             await RunAsync(server.ConnectionString(Portal.Username!, newPortalPassword, Portal.Database!), "SELECT id::text FROM shares")));
    }

    /// <summary>The last statement's single text value, or the server's refusal as "SQLSTATE: message".</summary>
    private static async Task<string> RunAsync(string connectionString, string sql)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            return await command.ExecuteScalarAsync() as string ?? "(no text value)";
        }
        catch (PostgresException ex)
        {
            return $"{ex.SqlState}: {ex.MessageText}";
        }
    }
}
