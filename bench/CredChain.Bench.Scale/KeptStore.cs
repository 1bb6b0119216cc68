using System.Globalization;

namespace CredChain.Bench.Scale;

/// <summary>
/// What a PostgreSQL store needs besides its database to be measured again later (<c>store-remeasure</c>): the dev
/// node's state and the registry's address (written by the bench issuer), its batches and the next measuring round.
/// Kept in a folder named after the database in the temp folder.
/// </summary>
internal static class KeptStore
{
    private const string StoreFile = "store.txt";

    public static string DirectoryFor(string database) =>
        Path.Combine(Path.GetTempPath(), "credchain-kept-" + new Npgsql.NpgsqlConnectionStringBuilder(database).Database);

    public static async Task SaveAsync(string directory, StoreProbe probe) =>
        await File.WriteAllLinesAsync(Path.Combine(directory, StoreFile),
            [probe.NextRound.ToString(CultureInfo.InvariantCulture), .. probe.BatchIds.Select(b => b.ToString())]);

    public static async Task<(List<Guid> Batches, int NextRound)> LoadAsync(string directory)
    {
        var file = Path.Combine(directory, StoreFile);
        if (!File.Exists(file))
        {
            throw new InvalidOperationException($"{file} is missing: only a store run with 'keep' can be measured again.");
        }

        var lines = await File.ReadAllLinesAsync(file);
        return (lines.Skip(1).Select(Guid.Parse).ToList(), int.Parse(lines[0], CultureInfo.InvariantCulture));
    }
}
