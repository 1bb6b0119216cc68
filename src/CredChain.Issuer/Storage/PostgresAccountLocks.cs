using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CredChain.Issuer.Storage;

/// <summary>
/// A PostgreSQL session advisory lock per issuer account, taken with <c>pg_try_advisory_lock</c> on a connection of its
/// own and held for one chain operation. The work itself commits on other connections, so the write-ahead record is
/// durable before the send while the lock is still held. When a process dies its connection closes and the server
/// releases the lock at once: the other instance takes over and reconciles by transaction hash.
/// </summary>
internal sealed class PostgresAccountLocks(IOptions<StorageOptions> options) : IAccountLocks
{
    /// <summary>First key of the two-key advisory lock form: keeps CredChain's locks apart from any other user of the database.</summary>
    private const int Namespace = 0x43524544; // "CRED"

    public async Task<IAsyncDisposable?> TryAcquireAsync(string issuerAddress, CancellationToken cancellationToken)
    {
        var key = KeyOf(issuerAddress);
        var connection = new NpgsqlConnection(options.Value.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@ns, @key)", connection);
            command.Parameters.AddWithValue("ns", Namespace);
            command.Parameters.AddWithValue("key", key);
            if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true)
            {
                return new Lease(connection, key);
            }
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        await connection.DisposeAsync().ConfigureAwait(false);
        return null;
    }

    /// <summary>A stable 32-bit key per account (a collision only makes two accounts take turns).</summary>
    internal static int KeyOf(string issuerAddress) =>
        BinaryPrimitives.ReadInt32BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(issuerAddress.ToLowerInvariant())));

    private sealed class Lease(NpgsqlConnection connection, int key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@ns, @key)", connection);
                command.Parameters.AddWithValue("ns", Namespace);
                command.Parameters.AddWithValue("key", key);
                await command.ExecuteScalarAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (NpgsqlException)
            {
                // The connection broke: the server released the lock with the session.
            }
            finally
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
