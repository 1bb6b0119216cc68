using System.ComponentModel.DataAnnotations;

namespace CredChain.Issuer.Storage;

/// <summary>Section <c>Storage</c>: which database and where.</summary>
internal sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>ADO.NET connection string; the SQLite default is a file under <c>./data/</c>.</summary>
    [Required]
    public string ConnectionString { get; set; } = "Data Source=./data/issuer.db";

    /// <summary>
    /// SQLite: log pages (16 KiB each) past which the background checkpoint empties the log, holding writers off while it
    /// finishes (see <see cref="SqliteWalCheckpointer"/>); the default is about 1 GiB.
    /// </summary>
    [Range(1, long.MaxValue)]
    public long SqliteMaxLogPages { get; set; } = 65_536;

    /// <summary>Apply pending migrations at start.</summary>
    public bool MigrateOnStart { get; set; } = true;
}
